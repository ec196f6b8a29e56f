package org.yiping.report;

import org.yiping.core.UserFacingException;

/** A verification code that cannot be read: typed wrongly, cut off, or from something other than Yiping. */
public final class InvalidVerificationCodeException extends UserFacingException {
  private static final long serialVersionUID = 1L;

  InvalidVerificationCodeException(String key, Object... args) {
    super(key, args);
  }
}
