package io.github.ipplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Agency;
import io.github.ipplan.AgencyKind;
import io.github.ipplan.AgencyLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index of a registry known to be valid, built without the checks of {@code NameIndex.of}. */
class NameIndexTrustedTest {
  private static Agency.Builder body(String id, String... printed) {
    return Agency.builder()
        .id(id)
        .printedNames(List.of(printed))
        .englishName("Body " + id)
        .kind(AgencyKind.STATE_COUNCIL_MINISTRY)
        .level(AgencyLevel.CENTRAL);
  }

  private static NameIndex.Names names(Agency agency) {
    return new NameIndex.Names(agency.id(), agency.names(), agency.aliases(), agency.successorId());
  }

  private static NameIndex<Agency> trusted(Agency... bodies) {
    return NameIndex.trusted(List.of(bodies), NameIndexTrustedTest::names);
  }

  private final Agency cnipa =
      body("cnipa", "知识产权局", "国家知识产权局")
          .fullName("国家知识产权局")
          .abbreviation("CNIPA")
          .aliases(List.of("国知局"))
          .build();
  private final Agency samr = body("samr", "市场监管总局").abbreviation("SAMR").build();

  @Test
  void aValidRegistry_findsWhatTheCheckedIndexFinds_byEveryKindOfLookup() {
    NameIndex<Agency> checked = NameIndex.of(List.of(cnipa, samr), NameIndexTrustedTest::names);
    NameIndex<Agency> trusted = trusted(cnipa, samr);

    assertThat(trusted.bodies()).containsExactly(cnipa, samr);
    for (String name :
        List.of(
            "知识产权局",
            "国家知识产权局",
            "國家知識產權局",
            "CNIPA",
            "cnipa",
            "ＣＮＩＰＡ",
            "知识产权局\u200B",
            "国知局",
            "國知局",
            "SAMR",
            "市場監管總局",
            "Body samr",
            "samr",
            "别的局",
            "知识产权")) {
      assertThat(trusted.find(name)).as("find " + name).isEqualTo(checked.find(name));
      assertThat(trusted.findAlike(name))
          .as("findAlike " + name)
          .isEqualTo(checked.findAlike(name));
      assertThat(trusted.findAlias(name))
          .as("findAlias " + name)
          .isEqualTo(checked.findAlias(name));
      assertThat(trusted.findWritten(name))
          .as("findWritten " + name)
          .isEqualTo(checked.findWritten(name));
      assertThat(trusted.lookup(name)).as("lookup " + name).isEqualTo(checked.lookup(name));
      assertThat(trusted.nearest(name, 3, true))
          .as("nearest " + name)
          .isEqualTo(checked.nearest(name, 3, true));
    }
    assertThat(trusted.lookup("國家知識產權局")).contains(cnipa);
    assertThat(trusted.findAlike("ＣＮＩＰＡ")).contains(cnipa);
    assertThat(trusted.findAlias("国知局")).contains(cnipa);
  }

  @Test
  void aRegistryThatBreaksTheRules_isIndexedWithoutAProblem_theFirstBodyWinning() {
    Agency sameId = body("cnipa", "别的局").build();
    Agency sameName = body("clash", "另一局").abbreviation("cnipa").build();
    Agency wide = body("wide", "第三局").abbreviation("ＳＡＭＲ").build();
    Agency traditional = body("traditional", "國家知識產權局").build();
    Agency sharedAlias = body("alias", "第四局").aliases(List.of("国知局", "ＣＮＩＰＡ")).build();
    Agency cycle = body("cycle", "第五局").successorId("back").build();
    Agency back = body("back", "第七局").successorId("cycle").build();
    Agency missing = body("missing", "第六局").successorId("nowhere").build();

    NameIndex<Agency> index =
        trusted(
            cnipa, samr, sameId, sameName, wide, traditional, sharedAlias, cycle, back, missing);

    assertThat(index.find("cnipa")).contains(cnipa);
    assertThat(index.find("别的局")).contains(sameId);
    assertThat(index.findAlike("ｓａｍｒ")).contains(samr);
    assertThat(index.find("國家知識產權局")).contains(traditional);
    assertThat(index.findAlias("国知局")).contains(cnipa);
    assertThat(index.lookup("第五局")).contains(cycle);
    assertThat(index.lookup("第六局")).contains(missing);
  }
}
