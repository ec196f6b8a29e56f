package org.yiping.security;

/**
 * Argon2id work factors. Stored with each wrapped key, so a stronger default later never locks out an old user.
 * The default is OWASP's first recommended setting (46 MiB, 1 pass, 1 lane): memory-hard for a guesser with a GPU,
 * and fast enough on an old laptop that sign-in stays under a second (64 MiB × 3 passes took 0.6–2 s here).
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {
  public static final KdfParams DEFAULT = new KdfParams(46 * 1024, 1, 1);
  /** For tests only: the same algorithm, cheap enough for a suite that signs in hundreds of times. */
  public static final KdfParams FAST_FOR_TESTS = new KdfParams(1024, 1, 1);

  public KdfParams {
    if (memoryKiB < 8 || iterations < 1 || parallelism < 1) {
      throw new IllegalArgumentException("Argon2 parameters out of range");
    }
  }
}
