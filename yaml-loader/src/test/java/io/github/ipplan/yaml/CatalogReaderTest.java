package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.Heading;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {
  private static final String PREFIX = "The compiled catalog small.bin cannot be read: ";
  private static final byte[] SMALL = CatalogWriter.write(SmallCatalog.catalog());

  @Test
  void read_givesBackEveryValueWritten_presentAndAbsent() {
    PlanCatalog written = SmallCatalog.catalog();

    PlanCatalog read = CatalogReader.read("small.bin", SMALL);

    assertThat(read.agencies()).containsExactlyElementsOf(written.agencies());
    assertThat(read.plans()).containsExactlyElementsOf(written.plans());
    assertThat(read.plans().get(0).measures().get(0).printedNames()).containsExactly("旧辦", "第三方机构");
    assertThat(read.plans().get(0).indicators().get(0).target()).hasToString("12.50");
    assertThat(read.plans().get(0).projects().get(1).followsMeasure()).isEmpty();
    assertThat(read.plans().get(0).projects().get(0).followsMeasure()).contains(1);
  }

  @Test
  void read_sharesTheRegistrysBodiesAndTheOutlinesHeadings() {
    PlanCatalog read = CatalogReader.read("small.bin", SMALL);

    assertThat(read.plans().get(0).issuer()).isSameAs(read.agencies().get(0));
    assertThat(read.plans().get(0).measures().get(0).headingPath().get(1))
        .isSameAs(read.plans().get(0).outline().get(0).subheadings().get(0));
  }

  @Test
  void write_givesTheSameBytesEachTime() {
    assertThat(CatalogWriter.write(SmallCatalog.catalog())).isEqualTo(SMALL);
  }

  @Test
  void write_startsWithTheMagicVersionLengthAndChecksum() {
    CRC32 crc = new CRC32();
    crc.update(SMALL, 16, SMALL.length - 16);

    assertThat(Arrays.copyOf(SMALL, 8)).containsExactly('I', 'P', 'C', 'C', 0, 0, 0, 1);
    assertThat(int32(SMALL, 8)).isEqualTo(SMALL.length - 16);
    assertThat(int32(SMALL, 12)).isEqualTo((int) crc.getValue());
  }

  @Test
  void read_refusesEveryTruncation_sayingWhatIsWrong() {
    for (int length = 0; length < SMALL.length; length++) {
      byte[] truncated = Arrays.copyOf(SMALL, length);
      String expected =
          length < 16
              ? PREFIX + "it is truncated: " + length + " bytes, shorter than its header; rebuild"
              : PREFIX
                  + "its payload has "
                  + (length - 16)
                  + " bytes, and its header says "
                  + (SMALL.length - 16)
                  + " (truncated); rebuild";
      assertThatThrownBy(() -> CatalogReader.read("small.bin", truncated))
          .as("truncated to %s bytes", length)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(expected);
    }
  }

  @Test
  void read_refusesEveryTruncatedPayload_evenWithAMatchingHeader() {
    for (int length = 16; length < SMALL.length; length++) {
      byte[] truncated = sealed(Arrays.copyOf(SMALL, length));
      assertThatThrownBy(() -> CatalogReader.read("small.bin", truncated))
          .as("payload truncated to %s bytes", length - 16)
          .isInstanceOf(CatalogReader.CorruptException.class)
          .hasMessageStartingWith(PREFIX)
          .hasMessageEndingWith("; rebuild the jar");
    }
  }

  @Test
  void read_refusesEveryChangedByte() {
    for (int at = 0; at < SMALL.length; at++) {
      for (int flip : new int[] {0x01, 0x80, 0xff}) {
        byte[] changed = SMALL.clone();
        changed[at] ^= (byte) flip;
        assertThatThrownBy(() -> CatalogReader.read("small.bin", changed))
            .as("byte %s xor %s", at, flip)
            .isInstanceOf(CatalogReader.CorruptException.class)
            .hasMessageStartingWith(PREFIX);
      }
    }
  }

  @Test
  void read_changedPayloadUnderAMatchingChecksum_givesACatalogOrTheClearError() {
    int refused = 0;
    for (int at = 16; at < SMALL.length; at++) {
      for (int flip : new int[] {0x01, 0x80, 0xff}) {
        byte[] changed = SMALL.clone();
        changed[at] ^= (byte) flip;
        try {
          assertThat(CatalogReader.read("small.bin", sealed(changed)).plans()).hasSize(2);
        } catch (CatalogReader.CorruptException e) {
          assertThat(e).hasMessageStartingWith(PREFIX).hasMessageEndingWith("; rebuild the jar");
          refused++;
        }
      }
    }
    assertThat(refused).isGreaterThan(SMALL.length);
  }

  @Test
  void read_checksumMismatch_isNamed() {
    byte[] changed = SMALL.clone();
    changed[SMALL.length - 1] ^= 1;

    assertThatThrownBy(() -> CatalogReader.read("small.bin", changed))
        .hasMessage(PREFIX + "its checksum does not match its payload; rebuild the jar");
  }

  @Test
  void read_anotherFormatVersion_isNamed() {
    byte[] changed = SMALL.clone();
    changed[7] = 2;

    assertThatThrownBy(() -> CatalogReader.read("small.bin", changed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(PREFIX + "its format version is 2, and this reader reads 1; rebuild the jar");
  }

  @Test
  void read_noMagic_isNotACompiledCatalog() {
    byte[] changed = SMALL.clone();
    changed[0] = 'X';

    assertThatThrownBy(() -> CatalogReader.read("small.bin", changed))
        .hasMessage(PREFIX + "it is not a compiled catalog (no IPCC magic); rebuild the jar");
  }

  @Test
  void read_longerPayloadThanTheHeaderSays_isNamed() {
    byte[] longer = Arrays.copyOf(SMALL, SMALL.length + 1);

    assertThatThrownBy(() -> CatalogReader.read("small.bin", longer))
        .hasMessage(
            PREFIX
                + "its payload has "
                + (SMALL.length - 15)
                + " bytes, and its header says "
                + (SMALL.length - 16)
                + "; rebuild the jar");
  }

  @Test
  void read_aHeaderLengthOf2To31BytesOrMore_isTruncationToo() {
    byte[] claimed = SMALL.clone();
    put32(claimed, 8, 0x80000000);

    assertThatThrownBy(() -> CatalogReader.read("small.bin", claimed))
        .hasMessage(
            PREFIX
                + "its payload has "
                + (SMALL.length - 16)
                + " bytes, and its header says 2147483648 (truncated); rebuild the jar");
  }

  @Test
  void read_bytesAfterTheLastPlan_areRefused() {
    byte[] longer = sealed(Arrays.copyOf(SMALL, SMALL.length + 2));

    assertThatThrownBy(() -> CatalogReader.read("small.bin", longer))
        .hasMessage(PREFIX + "it has 2 bytes after the last plan; rebuild the jar");
  }

  @Test
  void read_aValueItsTypeRefuses_isAnInvalidValue() {
    // The second plan's issue date, 2022-01-01, as varints E6 0F 01 01: month 13 is no month.
    byte[] changed = SMALL.clone();
    int at = lastIndexOf(changed, new byte[] {(byte) 0xe6, 0x0f, 0x01, 0x01});
    changed[at + 2] = 13;

    assertThatThrownBy(() -> CatalogReader.read("small.bin", sealed(changed)))
        .isInstanceOf(CatalogReader.CorruptException.class)
        .hasMessage(
            PREFIX
                + "it holds an invalid value (Invalid value for MonthOfYear (valid values 1 - 12):"
                + " 13); rebuild the jar")
        .hasCauseInstanceOf(java.time.DateTimeException.class);
  }

  @Test
  void read_trustsTheRulesThatHeldWhenItWasWritten() {
    // The second plan's first and last year, 2022 and 2022 (E6 0F E6 0F): a last year of 2021 is
    // before the first, which Plan checks when it is built, but not when it is read.
    byte[] changed = SMALL.clone();
    int at = lastIndexOf(changed, new byte[] {(byte) 0xe6, 0x0f, (byte) 0xe6, 0x0f});
    changed[at + 2] = (byte) 0xe5;

    assertThat(CatalogReader.read("small.bin", sealed(changed)).plans().get(1).lastYear())
        .isEqualTo(2021);
  }

  @Test
  void varints_roundTripAtEveryWidth() {
    for (int value :
        new int[] {0, 1, 127, 128, 16_383, 16_384, 1 << 21, 1 << 28, Integer.MAX_VALUE}) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      CatalogWriter.varint(out, value);
      assertThat(out.size())
          .as("%s", value)
          .isEqualTo(1 + (31 - Integer.numberOfLeadingZeros(value | 1)) / 7);
    }
    assertThatThrownBy(() -> CatalogWriter.varint(new java.io.ByteArrayOutputStream(), -1))
        .hasMessage("Negative number: -1");
  }

  // Payloads written byte by byte, under a matching header, to reach each check of the values.
  // The string table: 0 "a", 1 "NON_GOVERNMENT_ORGANISATION", 2 "IN_FORCE", 3 "CHAPTER".

  @Test
  void crafted_aWholeCatalog_isRead() {
    PlanCatalog read = CatalogReader.read("small.bin", catalog(plan(outline(1))));

    assertThat(read.agencies())
        .singleElement()
        .satisfies(body -> assertThat(body.id()).isEqualTo("a"));
    assertThat(read.plans())
        .singleElement()
        .satisfies(
            plan -> {
              assertThat(plan.issuer()).isSameAs(read.agencies().get(0));
              assertThat(plan.outline())
                  .singleElement()
                  .satisfies(heading -> assertThat(heading.kind()).hasToString("CHAPTER"));
            });
  }

  @Test
  void crafted_anEmptyPayload_endsInTheMiddleOfAValue() {
    assertThatThrownBy(() -> CatalogReader.read("small.bin", sealed(new int[0])))
        .isInstanceOf(CatalogReader.CorruptException.class)
        .hasMessage(PREFIX + "it ends in the middle of a value; rebuild the jar");
  }

  @Test
  void crafted_aNumberCutAfterItsContinuationByte_endsInTheMiddleOfAValue() {
    assertThatThrownBy(() -> CatalogReader.read("small.bin", sealed(new int[] {0x80})))
        .hasMessage(PREFIX + "it ends in the middle of a value; rebuild the jar");
  }

  @Test
  void crafted_aCountEqualToTheBytesLeft_isAccepted_oneMoreIsRefused() {
    // Three empty strings take the three bytes left; the registry's count is then missing.
    assertThatThrownBy(() -> CatalogReader.read("small.bin", sealed(new int[] {3, 0, 0, 0})))
        .hasMessage(PREFIX + "it ends in the middle of a value; rebuild the jar");
    assertThatThrownBy(() -> CatalogReader.read("small.bin", sealed(new int[] {4, 0, 0, 0})))
        .isInstanceOf(CatalogReader.CorruptException.class)
        .hasMessage(PREFIX + "a count of 4 is more than the bytes left; rebuild the jar");
  }

  @Test
  void crafted_aCountInFiveBytes_isReadWhole_beforeItIsRefused() {
    assertThatThrownBy(
            () -> CatalogReader.read("small.bin", sealed(new int[] {0x80, 0x80, 0x80, 0x80, 0x01})))
        .hasMessage(PREFIX + "a count of 268435456 is more than the bytes left; rebuild the jar");
    assertThatThrownBy(
            () -> CatalogReader.read("small.bin", sealed(new int[] {0xff, 0xff, 0xff, 0xff, 0x07})))
        .hasMessage(PREFIX + "a count of 2147483647 is more than the bytes left; rebuild the jar");
  }

  @Test
  void crafted_aFiveByteNumberPastSevenInItsLastByte_isOutOfRange() {
    for (int last : new int[] {0x08, 0x0f, 0x7f, 0x80, 0xff}) {
      assertThatThrownBy(
              () ->
                  CatalogReader.read(
                      "small.bin", sealed(new int[] {0x80, 0x80, 0x80, 0x80, last, 0, 0})))
          .as("last byte %s", last)
          .isInstanceOf(CatalogReader.CorruptException.class)
          .hasMessage(PREFIX + "a number at byte 20 is out of range; rebuild the jar");
    }
  }

  @Test
  void crafted_aFiveByteYear_isReadUpToTheLargestInt() {
    int[] plan = plan(outline(0));
    int at = lastYearAt();

    int[] largest = splice(plan, at, 0xff, 0xff, 0xff, 0xff, 0x07);
    int[] bit28 = splice(plan, at, 0x80, 0x80, 0x80, 0x80, 0x01);
    int[] padded = splice(plan, at, 0xe5, 0x8f, 0x80, 0x80, 0x00);

    assertThat(CatalogReader.read("small.bin", catalog(largest)).plans().get(0).lastYear())
        .isEqualTo(Integer.MAX_VALUE);
    assertThat(CatalogReader.read("small.bin", catalog(bit28)).plans().get(0).lastYear())
        .isEqualTo(1 << 28);
    assertThat(CatalogReader.read("small.bin", catalog(padded)).plans().get(0).lastYear())
        .isEqualTo(2021);
    int last = 16 + payloadPrefix().length + agency().length + 1 + at + 4;
    assertThatThrownBy(
            () ->
                CatalogReader.read(
                    "small.bin", catalog(splice(plan, at, 0xff, 0xff, 0xff, 0xff, 0x08))))
        .hasMessage(PREFIX + "a number at byte " + last + " is out of range; rebuild the jar");
  }

  @Test
  void crafted_aStringIndexOfTheTablesLength_isRefused_oneLessIsAccepted() {
    int[] lastString = agency();
    lastString[0] = 3;
    int[] pastTable = agency();
    pastTable[0] = 4;

    assertThat(CatalogReader.read("small.bin", catalog(lastString, plan(outline(0)))).agencies())
        .singleElement()
        .satisfies(body -> assertThat(body.id()).isEqualTo("CHAPTER"));
    assertThatThrownBy(() -> CatalogReader.read("small.bin", catalog(pastTable, plan(outline(0)))))
        .isInstanceOf(CatalogReader.CorruptException.class)
        .hasMessage(PREFIX + "a string index 4 is past the table's 4; rebuild the jar");
  }

  @Test
  void crafted_anOptionalStringPastTheTable_isRefused_theLastIsAccepted() {
    // An optional string is its index plus one: 4 is the last string, 5 is past the table.
    int[] lastString = agency();
    lastString[1] = 4;
    int[] pastTable = agency();
    pastTable[1] = 5;

    assertThat(CatalogReader.read("small.bin", catalog(lastString, plan(outline(0)))).agencies())
        .singleElement()
        .satisfies(body -> assertThat(body.fullName()).contains("CHAPTER"));
    assertThatThrownBy(() -> CatalogReader.read("small.bin", catalog(pastTable, plan(outline(0)))))
        .isInstanceOf(CatalogReader.CorruptException.class)
        .hasMessage(PREFIX + "a string index 4 is past the table's 4; rebuild the jar");
  }

  @Test
  void crafted_aFlagOfOne_isAccepted_twoAndMoreAreRefused() {
    int flagAt = 16 + payloadPrefix().length + 4;
    int[] one = agency();
    one[4] = 1;

    assertThat(CatalogReader.read("small.bin", catalog(one, plan(outline(0)))).agencies())
        .singleElement()
        .satisfies(body -> assertThat(body.englishNameDescriptive()).isTrue());
    for (int flag : new int[] {2, 0x7f, 0x80, 0xff}) {
      int[] changed = agency();
      changed[4] = flag;
      assertThatThrownBy(() -> CatalogReader.read("small.bin", catalog(changed, plan(outline(0)))))
          .as("flag %s", flag)
          .isInstanceOf(CatalogReader.CorruptException.class)
          .hasMessage(
              PREFIX
                  + "a flag at byte "
                  + flagAt
                  + " is "
                  + flag
                  + ", not 0 or 1; rebuild the jar");
    }
  }

  @Test
  void crafted_aBodyIndexOfTheRegistrysSize_isRefused() {
    int[] pastRegistry = plan(outline(0));
    pastRegistry[2] = 1;

    assertThatThrownBy(() -> CatalogReader.read("small.bin", catalog(pastRegistry)))
        .isInstanceOf(CatalogReader.CorruptException.class)
        .hasMessage(PREFIX + "a body index 1 is past the registry's 1; rebuild the jar");
  }

  @Test
  void crafted_headingsEightDeep_areRead_nineDeepAreRefused() {
    PlanCatalog read = CatalogReader.read("small.bin", catalog(plan(outline(8))));
    List<Heading> level = read.plans().get(0).outline();
    int depth = 0;
    while (!level.isEmpty()) {
      depth++;
      level = level.get(0).subheadings();
    }

    assertThat(depth).isEqualTo(8);
    assertThatThrownBy(() -> CatalogReader.read("small.bin", catalog(plan(outline(9)))))
        .isInstanceOf(CatalogReader.CorruptException.class)
        .hasMessage(PREFIX + "its headings nest deeper than 8; rebuild the jar");
  }

  @Test
  void crafted_aTablesHeadingPathWithinTheOutline_isResolved() {
    PlanCatalog read = CatalogReader.read("small.bin", catalog(tablePlan(1, 0)));

    Plan plan = read.plans().get(0);
    assertThat(plan.indicatorTable()).isPresent();
    assertThat(plan.indicatorTable().get().headingPath())
        .singleElement()
        .isSameAs(plan.outline().get(0));
  }

  @Test
  void crafted_aHeadingPathLeavingTheOutline_isRefused() {
    // One chapter without sections: place 1 is past it, and a second place is below it.
    for (int[] places : new int[][] {{1, 1}, {2, 0, 0}, {1, 5}}) {
      assertThatThrownBy(() -> CatalogReader.read("small.bin", catalog(tablePlan(places))))
          .as("places %s", Arrays.toString(places))
          .isInstanceOf(CatalogReader.CorruptException.class)
          .hasMessage(PREFIX + "a heading path leaves the outline; rebuild the jar");
    }
  }

  /** The string table and a registry count of one. */
  private static int[] payloadPrefix() {
    List<Integer> table = new ArrayList<>();
    String[] strings = {"a", "NON_GOVERNMENT_ORGANISATION", "IN_FORCE", "CHAPTER"};
    table.add(strings.length);
    for (String string : strings) {
      byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
      table.add(utf8.length);
      for (byte b : utf8) {
        table.add(b & 0xff);
      }
    }
    table.add(1);
    return table.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A body: id "a", no optional value, no list, kind NON_GOVERNMENT_ORGANISATION. */
  private static int[] agency() {
    return new int[] {0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
  }

  /** A plan issued by body 0 in 2021 with the outline given and nothing else. */
  private static int[] plan(int[] outline) {
    return join(planHead(), new int[] {0}, outline, new int[] {0, 0, 0, 0, 0});
  }

  /**
   * A plan whose indicator table, of three columns, has the heading path given (a count, then the
   * places).
   */
  private static int[] tablePlan(int... path) {
    int[] head = planHead();
    head[head.length - 1] = 1;
    return join(
        head,
        new int[] {0, 3, 0, 0, 0},
        path,
        new int[] {0},
        outline(1),
        new int[] {0, 0, 0, 0, 0});
  }

  /** A plan's values up to its indicator table's flag. */
  private static int[] planHead() {
    return new int[] {0, 0, 0, 0, 0xe5, 0x0f, 1, 1, 0, 2, 0xe5, 0x0f, 0xe5, 0x0f, 0, 0, 0, 0, 0};
  }

  /** Where a plan's last year, 2021 in two bytes, starts. */
  private static int lastYearAt() {
    return 12;
  }

  /** A chapter holding a chapter and so on, the given number deep. */
  private static int[] outline(int depth) {
    return depth == 0 ? new int[] {0} : join(new int[] {1, 3, 0, 0, 0, 0}, outline(depth - 1));
  }

  /** A catalog of the one body given (or the plain one) and one plan. */
  private static byte[] catalog(int[] plan) {
    return catalog(agency(), plan);
  }

  private static byte[] catalog(int[] agency, int[] plan) {
    return sealed(join(payloadPrefix(), agency, new int[] {1}, plan));
  }

  /** The plan with its two-byte last year replaced by the bytes given. */
  private static int[] splice(int[] plan, int at, int... bytes) {
    return join(
        Arrays.copyOfRange(plan, 0, at), bytes, Arrays.copyOfRange(plan, at + 2, plan.length));
  }

  private static int[] join(int[]... parts) {
    return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
  }

  /** A header and the payload given, its length and checksum matching. */
  private static byte[] sealed(int[] payload) {
    byte[] bytes = Arrays.copyOf(SMALL, 16 + payload.length);
    for (int i = 0; i < payload.length; i++) {
      bytes[16 + i] = (byte) payload[i];
    }
    return sealed(bytes);
  }

  /** The bytes with the header's length and checksum made to match the payload. */
  static byte[] sealed(byte[] bytes) {
    byte[] sealed = bytes.clone();
    CRC32 crc = new CRC32();
    crc.update(sealed, 16, sealed.length - 16);
    put32(sealed, 8, sealed.length - 16);
    put32(sealed, 12, (int) crc.getValue());
    return sealed;
  }

  private static void put32(byte[] bytes, int at, int value) {
    for (int i = 0; i < 4; i++) {
      bytes[at + i] = (byte) (value >>> (24 - 8 * i));
    }
  }

  private static int int32(byte[] bytes, int at) {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      value = value << 8 | bytes[at + i] & 0xff;
    }
    return value;
  }

  private static int lastIndexOf(byte[] bytes, byte[] part) {
    for (int at = bytes.length - part.length; at >= 0; at--) {
      if (Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
        return at;
      }
    }
    throw new AssertionError("not found");
  }
}
