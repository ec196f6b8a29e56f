package org.yiping.security;

/**
 * Argon2id work factors. Stored with each wrapped key, so a stronger default later never locks out an old user.
 * The default (64 MiB, 3 passes) takes a few hundred milliseconds here: slow for a guesser, fine for a sign-in.
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {
  public static final KdfParams DEFAULT = new KdfParams(64 * 1024, 3, 1);
  /** For tests only: the same algorithm, cheap enough for a suite that signs in hundreds of times. */
  public static final KdfParams FAST_FOR_TESTS = new KdfParams(1024, 1, 1);

  public KdfParams {
    if (memoryKiB < 8 || iterations < 1 || parallelism < 1) {
      throw new IllegalArgumentException("Argon2 parameters out of range");
    }
  }
}
