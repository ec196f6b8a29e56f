package org.yiping.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yiping.app.Workspace;
import org.yiping.report.VerificationCode;
import org.yiping.reporting.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yiping verify --data-dir D --user U --code CODE}: checks a printed verification code against the store and
 * prints one JSON line ({@code outcome}, {@code matches}, {@code kind}, {@code recordId}, {@code detail},
 * {@code supersededBy}, {@code message}).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check a report's verification code (as printed under its QR code) against the store.",
    footer = {"", "Exit codes: 0 MATCHES (the paper is the stored record); 4 MATCHES_SUPERSEDED (genuine, but"
        + " corrected since); 3 CHANGED_SINCE_PRINTED, NOT_FOUND or UNREGISTERED (the paper does not match a"
        + " stored record); 2 input to fix (a code that cannot be read, wrong password: one line on standard"
        + " error); 1 other failure."})
final class VerifyCommand extends StoreReportCommand {
  /** The paper does not match a stored record. */
  static final int EXIT_NO_MATCH = 3;
  /** The paper matches a record that a correction has replaced. */
  static final int EXIT_SUPERSEDED = 4;

  @Option(names = "--code", required = true, paramLabel = "CODE",
      description = "the code, e.g. YP1.ASM.01932C4E-7A10-7B2C-9D3E-0123456789AB.3FA9C01B22D47E65")
  String code;

  @Override
  String name() {
    return "verify";
  }

  @Override
  void checkArguments() {
    VerificationCode.parse(code);
  }

  @Override
  int run(Workspace ws) {
    Verification v = ws.reports().verify(code);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("outcome", v.outcome().name());
    json.put("matches", v.matches());
    json.put("kind", v.kind().name());
    json.put("recordId", v.recordId().toString());
    json.put("detail", v.detail());
    json.put("supersededBy", v.supersededBy() == null ? null : v.supersededBy().toString());
    json.put("message", messages.get(v.messageKey()));
    return print(json, switch (v.outcome()) {
      case MATCHES -> 0;
      case MATCHES_SUPERSEDED -> EXIT_SUPERSEDED;
      case CHANGED_SINCE_PRINTED, NOT_FOUND, UNREGISTERED -> EXIT_NO_MATCH;
    });
  }
}
