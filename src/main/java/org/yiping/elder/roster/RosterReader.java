package org.yiping.elder.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yiping.core.Sex;
import org.yiping.core.i18n.Messages;
import org.yiping.core.idcard.IdNumber;
import org.yiping.core.idcard.InvalidIdNumberException;
import org.yiping.core.validation.PhoneNumber;
import org.yiping.core.validation.PhoneNumber.InvalidPhoneNumberException;
import org.yiping.core.validation.TextNormalizer;
import org.yiping.elder.ChineseLabelled;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.HardshipFlag;
import org.yiping.elder.division.Division;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.elder.division.Resolution;

/**
 * Reads the elder rosters township offices keep in Excel and save as CSV.
 *
 * <ul>
 *   <li>Encoding: a BOM decides (UTF-8, UTF-16); otherwise strict UTF-8 if the bytes decode, else GB18030 (a superset
 *       of GBK, what Chinese Excel writes).</li>
 *   <li>Delimiter: comma, or tab when the header line has more tabs than commas.</li>
 *   <li>Header: the first non-blank row naming 姓名 or 公民身份号码 among the first {@value #HEADER_SEARCH_ROWS}
 *       (title rows above it are skipped); see {@link RosterHeaders} for the synonyms. Without 姓名 and 公民身份号码
 *       the file is refused ({@link RosterFormatException}).</li>
 *   <li>Rows are numbered as the spreadsheet shows them (header = 1): one CSV record is one spreadsheet row even when
 *       a quoted cell spans several lines. Rows with only blank cells are skipped silently.</li>
 *   <li>Flag columns take 是/否, Y/N, Yes/No, 1/0, √/×, 有/无; a blank cell or 空 means 否.</li>
 *   <li>A later row with the ID number of an earlier imported row is reported as a {@link DuplicateRow} and not
 *       imported (a rejected row is not imported, so it does not make a later row a duplicate).</li>
 * </ul>
 *
 * No personal data is logged. Instances are immutable and may be shared.
 */
public final class RosterReader {
  public static final int PROGRESS_EVERY = 100;
  static final int HEADER_SEARCH_ROWS = 10;

  private static final Map<String, EconomicStatus> ECONOMIC_SYNONYMS = Map.ofEntries(
      Map.entry("特困人员", EconomicStatus.TEKUN), Map.entry("特困供养", EconomicStatus.TEKUN),
      Map.entry("特困供养人员", EconomicStatus.TEKUN), Map.entry("低保户", EconomicStatus.DIBAO),
      Map.entry("低保对象", EconomicStatus.DIBAO), Map.entry("低保边缘户", EconomicStatus.DIBAO_EDGE),
      Map.entry("低保边缘家庭", EconomicStatus.DIBAO_EDGE), Map.entry("困难", EconomicStatus.HARDSHIP),
      Map.entry("困难户", EconomicStatus.HARDSHIP), Map.entry("经济困难家庭", EconomicStatus.HARDSHIP));
  private static final Set<String> YES = Set.of("是", "y", "yes", "1", "√", "✓", "✔", "有", "对");
  private static final Set<String> NO = Set.of("否", "n", "no", "0", "×", "✗", "✘", "无", "空", "");
  /** 1950-03-07, 1950/3/7, 1950.3.7, 1950年3月7日, 1950-03, 1950年3月 (year and month only). */
  private static final Pattern DATE_SEPARATED = Pattern.compile(
      "(\\d{4})[-/.年](\\d{1,2})(?:[-/.月](\\d{1,2})日?|月)?");
  /** 19500307, 195003. */
  private static final Pattern DATE_COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})?");
  /** The time Excel appends to a date cell: " 0:00" or " 00:00:00". */
  private static final Pattern TRAILING_TIME = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$");

  private final DivisionCatalog catalog;
  private final Messages messages;
  private final LocalDate today;

  public RosterReader(DivisionCatalog catalog, Messages messages, LocalDate today) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.today = Objects.requireNonNull(today, "today");
  }

  /**
   * Reads a whole roster.
   *
   * @param withinCode the office's county (or prefecture) code to resolve township names in; null for all of Xinjiang
   */
  public RosterParse read(InputStream in, String withinCode) throws IOException, RosterFormatException {
    return read(in, withinCode, rowsRead -> { }, () -> false);
  }

  /**
   * Reads a whole roster, telling {@code progress} the data rows read so far (every {@value #PROGRESS_EVERY}) and
   * stopping early when {@code cancelled} says so ({@link RosterParse#cancelled()}).
   */
  public RosterParse read(InputStream in, String withinCode, java.util.function.IntConsumer progress,
      BooleanSupplier cancelled) throws IOException, RosterFormatException {
    List<RosterRow> rows = new ArrayList<>();
    List<RowRejection> rejections = new ArrayList<>();
    List<DuplicateRow> duplicates = new ArrayList<>();
    RosterHeader[] header = new RosterHeader[1];
    boolean completed = read(in, withinCode, new RosterSink() {
      @Override
      public void header(RosterHeader h) {
        header[0] = h;
      }

      @Override
      public void row(RosterRow row) {
        rows.add(row);
      }

      @Override
      public void rejected(RowRejection rejection) {
        rejections.add(rejection);
      }

      @Override
      public void duplicate(DuplicateRow duplicate) {
        duplicates.add(duplicate);
      }

      @Override
      public void progress(int rowsRead) {
        progress.accept(rowsRead);
      }
    }, cancelled);
    return new RosterParse(header[0], rows, rejections, duplicates, !completed);
  }

  /**
   * Reads a roster row by row into {@code sink}, checking {@code cancelled} before every row.
   *
   * @return true when the whole file was read, false when it was cancelled
   * @throws RosterFormatException when the file is empty, not readable as CSV, or lacks 姓名 / 公民身份号码
   * @throws IllegalArgumentException when {@code withinCode} is not a known division code
   */
  public boolean read(InputStream in, String withinCode, RosterSink sink, BooleanSupplier cancelled)
      throws IOException, RosterFormatException {
    if (withinCode != null && catalog.find(withinCode).isEmpty()) {
      throw new IllegalArgumentException("unknown division code");
    }
    byte[] bytes = in.readAllBytes();
    Charset[] charset = new Charset[1];
    String text = decode(bytes, charset);
    if (TextNormalizer.isBlank(text)) {
      throw new RosterFormatException("roster.file.empty");
    }
    char delimiter = sniffDelimiter(text);
    CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(delimiter)
        .setIgnoreEmptyLines(false).setLenientEof(false).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> it = parser.iterator();
      Columns columns = readHeader(it, charset[0]);
      sink.header(columns.header);
      Map<String, Integer> seenIds = new HashMap<>();
      int dataRows = 0;
      while (hasNext(it, columns.header.headerRow() + dataRows + 1)) {
        if (cancelled.getAsBoolean()) {
          sink.progress(dataRows);
          return false;
        }
        CSVRecord record = it.next();
        dataRows++;
        int row = (int) record.getRecordNumber();
        readRow(record, row, columns, withinCode, seenIds, sink);
        if (dataRows % PROGRESS_EVERY == 0) {
          sink.progress(dataRows);
        }
      }
      sink.progress(dataRows);
      return true;
    }
  }

  private static boolean hasNext(Iterator<CSVRecord> it, int row) throws RosterFormatException {
    try {
      return it.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new RosterFormatException("roster.file.malformed", row);
    }
  }

  // ---------------------------------------------------------------- encoding

  static String decode(byte[] b, Charset[] detected) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      detected[0] = StandardCharsets.UTF_8;
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      detected[0] = StandardCharsets.UTF_16LE;
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      detected[0] = StandardCharsets.UTF_16BE;
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = utf8.decode(ByteBuffer.wrap(b));
      detected[0] = StandardCharsets.UTF_8;
      return chars.toString();
    } catch (CharacterCodingException e) {
      Charset gb = Charset.forName("GB18030");
      detected[0] = gb;
      return new String(b, gb);
    }
  }

  private static char sniffDelimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    long tabs = first.chars().filter(c -> c == '\t').count();
    long commas = first.chars().filter(c -> c == ',').count();
    return tabs > commas ? '\t' : ',';
  }

  // ---------------------------------------------------------------- header

  private static final class Columns {
    final RosterHeader header;
    final Map<RosterField, Integer> index;

    Columns(RosterHeader header, Map<RosterField, Integer> index) {
      this.header = header;
      this.index = index;
    }
  }

  private Columns readHeader(Iterator<CSVRecord> it, Charset charset) throws RosterFormatException {
    CSVRecord firstNonBlank = null;
    int searched = 0;
    while (searched < HEADER_SEARCH_ROWS && hasNext(it, searched + 1)) {
      CSVRecord record = it.next();
      searched++;
      if (isBlank(record)) {
        continue;
      }
      if (firstNonBlank == null) {
        firstNonBlank = record;
      }
      boolean names = false;
      for (String h : record) {
        Optional<RosterField> f = RosterHeaders.field(h);
        if (f.isPresent() && f.get().required()) {
          names = true;
          break;
        }
      }
      if (names) {
        return columns(record, charset);
      }
    }
    if (firstNonBlank == null) {
      throw new RosterFormatException("roster.file.empty");
    }
    throw missing(EnumSet.of(RosterField.NAME, RosterField.ID_NUMBER), firstNonBlank);
  }

  private Columns columns(CSVRecord record, Charset charset) throws RosterFormatException {
    Map<String, RosterField> recognised = new LinkedHashMap<>();
    Map<RosterField, Integer> index = new EnumMap<>(RosterField.class);
    List<String> unknown = new ArrayList<>();
    List<IgnoredColumn> ignored = new ArrayList<>();
    for (int i = 0; i < record.size(); i++) {
      String raw = record.get(i);
      String h = TextNormalizer.strip(raw);
      if (h.isEmpty()) {
        continue;
      }
      Optional<RosterField> f = RosterHeaders.field(h);
      if (f.isPresent()) {
        if (index.containsKey(f.get())) {
          ignored.add(new IgnoredColumn(h, messages.get("roster.header.ignored.duplicate", headerOf(recognised,
              f.get()))));
        } else {
          index.put(f.get(), i);
          recognised.put(h, f.get());
        }
        continue;
      }
      Optional<RosterHeaders.Ignored> ig = RosterHeaders.ignored(h);
      if (ig.isPresent()) {
        ignored.add(new IgnoredColumn(h, messages.get("roster.header.ignored." + ig.get().name())));
      } else {
        unknown.add(h);
      }
    }
    EnumSet<RosterField> missing = EnumSet.noneOf(RosterField.class);
    for (RosterField f : RosterField.values()) {
      if (f.required() && !index.containsKey(f)) {
        missing.add(f);
      }
    }
    if (!missing.isEmpty()) {
      throw missing(missing, record);
    }
    RosterHeader header = new RosterHeader(charset, (int) record.getRecordNumber(), recognised, unknown, ignored);
    return new Columns(header, index);
  }

  private static String headerOf(Map<String, RosterField> recognised, RosterField f) {
    for (Map.Entry<String, RosterField> e : recognised.entrySet()) {
      if (e.getValue() == f) {
        return e.getKey();
      }
    }
    return f.chinese();
  }

  private RosterFormatException missing(Set<RosterField> missing, CSVRecord found) {
    List<String> names = new ArrayList<>();
    for (RosterField f : missing) {
      names.add(f.chinese());
    }
    List<String> headers = new ArrayList<>();
    for (String h : found) {
      if (!TextNormalizer.isBlank(h)) {
        headers.add(TextNormalizer.strip(h));
      }
    }
    String separator = messages.get("roster.list.separator");
    return new RosterFormatException("roster.file.missingColumns", String.join(separator, names),
        String.join(separator, headers));
  }

  // ---------------------------------------------------------------- rows

  private static boolean isBlank(CSVRecord record) {
    for (String v : record) {
      if (!TextNormalizer.isBlank(v)) {
        return false;
      }
    }
    return true;
  }

  private static String cell(CSVRecord record, Map<RosterField, Integer> index, RosterField field) {
    Integer i = index.get(field);
    if (i == null || i >= record.size()) {
      return null;
    }
    String v = TextNormalizer.strip(record.get(i));
    return v.isEmpty() ? null : v;
  }

  private void readRow(CSVRecord record, int row, Columns columns, String withinCode, Map<String, Integer> seenIds,
      RosterSink sink) {
    if (isBlank(record)) {
      return;
    }
    Map<RosterField, Integer> ix = columns.index;
    List<String> problems = new ArrayList<>();

    String name = cell(record, ix, RosterField.NAME);
    if (name == null) {
      problems.add(messages.get("roster.problem.emptyName"));
    }

    IdNumber id = null;
    try {
      id = IdNumber.parse(cell(record, ix, RosterField.ID_NUMBER), today);
    } catch (InvalidIdNumberException e) {
      problems.add(messages.get("roster.problem.idNumber", e.message(messages)));
    }

    String phone = null;
    String rawPhone = cell(record, ix, RosterField.PHONE);
    if (rawPhone != null) {
      try {
        phone = PhoneNumber.parse(rawPhone).value();
      } catch (InvalidPhoneNumberException e) {
        problems.add(messages.get("roster.problem.phone", rawPhone, e.message(messages)));
      }
    }

    Division[] place = resolvePlace(cell(record, ix, RosterField.TOWNSHIP), cell(record, ix, RosterField.VILLAGE),
        withinCode, problems);

    EconomicStatus status = null;
    String rawStatus = cell(record, ix, RosterField.ECONOMIC_STATUS);
    if (rawStatus != null) {
      status = economicStatus(rawStatus);
      if (status == null) {
        List<String> allowed = new ArrayList<>();
        for (EconomicStatus s : EconomicStatus.values()) {
          allowed.add(s.chinese());
        }
        problems.add(messages.get("roster.problem.economicStatus", rawStatus,
            String.join(messages.get("roster.list.separator"), allowed)));
      }
    }

    EnumSet<HardshipFlag> flags = EnumSet.noneOf(HardshipFlag.class);
    for (Map.Entry<String, RosterField> column : columns.header.columns().entrySet()) {
      RosterField f = column.getValue();
      if (f.flag() == null) {
        continue;
      }
      String v = cell(record, ix, f);
      String norm = v == null ? "" : TextNormalizer.toHalfWidth(v).toLowerCase(Locale.ROOT);
      if (YES.contains(norm)) {
        flags.add(f.flag());
      } else if (!NO.contains(norm)) {
        problems.add(messages.get("roster.problem.flagValue", column.getKey(), v));
      }
    }

    String rawSex = cell(record, ix, RosterField.SEX);
    if (rawSex != null) {
      Sex sex = sex(rawSex);
      if (sex == null) {
        problems.add(messages.get("roster.problem.sexValue", rawSex));
      } else if (id != null && sex != id.sex()) {
        problems.add(messages.get("roster.problem.sexMismatch", rawSex, messages.get("roster.sex." + id.sex().name())));
      }
    }

    String rawBirth = cell(record, ix, RosterField.BIRTH_DATE);
    if (rawBirth != null) {
      int[] ymd = date(rawBirth);
      if (ymd == null) {
        problems.add(messages.get("roster.problem.birthDateValue", rawBirth));
      } else if (id != null && !matches(ymd, id.birthDate())) {
        problems.add(messages.get("roster.problem.birthDateMismatch", rawBirth, id.birthDate().toString()));
      }
    }

    if (id != null) {
      Integer first = seenIds.get(id.value());
      if (first != null) {
        sink.duplicate(new DuplicateRow(row, first, messages.get("roster.duplicate", first, id.masked())));
        return;
      }
    }
    if (!problems.isEmpty()) {
      sink.rejected(new RowRejection(row, String.join(messages.get("roster.problem.separator"), problems)));
      return;
    }
    seenIds.put(id.value(), row);
    sink.row(new RosterRow(row, name, id, phone, cell(record, ix, RosterField.ETHNICITY),
        cell(record, ix, RosterField.ADDRESS), place[0], place[1], status, flags, cell(record, ix, RosterField.NOTES)));
  }

  /** [township, village], either null when not given or not resolved (problems then say why). */
  private Division[] resolvePlace(String townshipName, String villageName, String withinCode, List<String> problems) {
    Division township = null;
    Division village = null;
    if (townshipName != null) {
      Resolution r = catalog.resolveTownship(townshipName, withinCode);
      switch (r.status()) {
        case FOUND -> township = r.candidates().get(0);
        case AMBIGUOUS -> {
          Set<String> counties = new LinkedHashSet<>();
          for (Division d : r.candidates()) {
            Division county = catalog.find(d.parentCode()).orElse(d);
            Division prefecture = catalog.find(county.parentCode()).orElse(county);
            counties.add(prefecture.name() + county.name());
          }
          problems.add(messages.get("roster.problem.townshipAmbiguous", townshipName,
              String.join(messages.get("roster.list.separator"), counties)));
        }
        case NOT_FOUND -> problems.add(messages.get("roster.problem.townshipNotFound", townshipName,
            withinCode == null ? catalog.root().name() : catalog.fullName(withinCode)));
        default -> throw new IllegalStateException();
      }
      if (township == null) {
        return new Division[] {null, null};
      }
    }
    if (villageName != null) {
      String scope = township != null ? township.code() : withinCode;
      if (scope == null) {
        problems.add(messages.get("roster.problem.villageWithoutTownship", villageName));
        return new Division[] {township, null};
      }
      Resolution r = catalog.resolveVillage(scope, villageName);
      String where = township != null ? township.name() : catalog.fullName(scope);
      switch (r.status()) {
        case FOUND -> {
          village = r.candidates().get(0);
          if (township == null) {
            township = catalog.find(village.parentCode()).orElse(null);
          }
        }
        case AMBIGUOUS -> {
          List<String> names = new ArrayList<>();
          for (Division d : r.candidates()) {
            names.add(township != null ? d.name()
                : catalog.find(d.parentCode()).map(Division::name).orElse("") + d.name());
          }
          problems.add(messages.get("roster.problem.villageAmbiguous", villageName, where,
              String.join(messages.get("roster.list.separator"), names)));
        }
        case NOT_FOUND -> problems.add(messages.get("roster.problem.villageNotFound", villageName, where));
        default -> throw new IllegalStateException();
      }
    }
    return new Division[] {township, village};
  }

  static EconomicStatus economicStatus(String raw) {
    String s = TextNormalizer.removeBlanks(TextNormalizer.toHalfWidth(raw));
    Optional<EconomicStatus> direct = ChineseLabelled.byChinese(EconomicStatus.class, s);
    return direct.orElseGet(() -> ECONOMIC_SYNONYMS.get(s));
  }

  static Sex sex(String raw) {
    String s = TextNormalizer.removeBlanks(raw);
    return switch (s) {
      case "男", "男性" -> Sex.MALE;
      case "女", "女性" -> Sex.FEMALE;
      default -> null;
    };
  }

  /** {year, month, day or 0}, or null when {@code raw} is not a (year-month) date. */
  static int[] date(String raw) {
    String s = TRAILING_TIME.matcher(TextNormalizer.toHalfWidth(TextNormalizer.strip(raw))).replaceFirst("");
    s = TextNormalizer.removeBlanks(s);
    Matcher m = DATE_SEPARATED.matcher(s);
    if (!m.matches()) {
      m = DATE_COMPACT.matcher(s);
      if (!m.matches()) {
        return null;
      }
    }
    int y = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) {
      return null;
    }
    if (day > 0) {
      try {
        LocalDate.of(y, month, day);
      } catch (DateTimeException e) {
        return null;
      }
    }
    return new int[] {y, month, day};
  }

  private static boolean matches(int[] ymd, LocalDate birth) {
    return ymd[0] == birth.getYear() && ymd[1] == birth.getMonthValue()
        && (ymd[2] == 0 || ymd[2] == birth.getDayOfMonth());
  }
}
