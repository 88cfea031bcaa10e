package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.PlanCatalog;
import java.util.Arrays;
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
