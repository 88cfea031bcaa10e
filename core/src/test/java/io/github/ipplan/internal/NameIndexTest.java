package io.github.ipplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.Agency;
import io.github.ipplan.AgencyKind;
import io.github.ipplan.AgencyLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameIndexTest {
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

  private static NameIndex<Agency> index(List<Agency> bodies) {
    return NameIndex.of(bodies, NameIndexTest::names);
  }

  private static Optional<NameIndex.Problem> problem(List<Agency> bodies) {
    return NameIndex.problem(bodies, NameIndexTest::names);
  }

  private final Agency cnipa =
      body("cnipa", "知识产权局", "国家知识产权局").fullName("国家知识产权局").abbreviation("CNIPA").build();
  private final Agency samr = body("samr", "市场监管总局").abbreviation("SAMR").build();

  @Test
  void aValidRegistry_hasNoProblem_andIsIndexedInOrder() {
    assertThat(problem(List.of(cnipa, samr))).isEmpty();
    assertThat(index(List.of(cnipa, samr)).bodies()).containsExactly(cnipa, samr);
    assertThat(problem(List.of())).isEmpty();
  }

  @Test
  void find_findsABodyByEveryNameAndId_latinLettersInAnyCase() {
    NameIndex<Agency> index = index(List.of(cnipa, samr));

    for (String name :
        List.of("知识产权局", "国家知识产权局", "CNIPA", "cnipa", "Cnipa", "Body cnipa", "BODY CNIPA")) {
      assertThat(index.find(name)).as(name).contains(cnipa);
    }
    assertThat(index.find("知识产权")).isEmpty();
    assertThat(index.find("ＣＮＩＰＡ")).isEmpty();
  }

  @Test
  void findAlike_alsoFindsNamesThatDifferInWidthOrInvisibleCharacters() {
    NameIndex<Agency> index = index(List.of(cnipa, samr));

    assertThat(index.findAlike("SAMR")).contains(samr);
    assertThat(index.findAlike("ＣＮＩＰＡ")).contains(cnipa);
    assertThat(index.findAlike("知识产权局\u200B")).contains(cnipa);
    assertThat(index.findAlike("知识产权")).isEmpty();
  }

  @Test
  void fold_normalisesWidth_dropsFormatCharacters_andLowersCase() {
    assertThat(FoldedText.foldName("ＣＮＩＰＡ\u200B")).isEqualTo("cnipa");
    assertThat(FoldedText.foldName("\uFEFF知识产权局")).isEqualTo("知识产权局");
    assertThat(FoldedText.foldName("Body 1")).isEqualTo("body 1");
  }

  @Test
  void aBodyWhoseNamesRepeatOrDifferOnlyInCase_isValid() {
    // 国家知识产权局 is both printed name and full name; the id is the abbreviation in lower case.
    Agency mixed = body("abc", "ABC", "ＡＢＣ").abbreviation("abc").build();

    assertThat(problem(List.of(cnipa, mixed))).isEmpty();
    assertThat(index(List.of(cnipa, mixed)).find("aBc")).contains(mixed);
  }

  @Test
  void anIdUsedTwice_isTheProblemOfTheSecondBody() {
    Agency again = body("cnipa", "别的局").build();

    assertThat(problem(List.of(cnipa, samr, again)))
        .contains(new NameIndex.Problem(2, "Body id 'cnipa' is used twice"));
    assertThatThrownBy(() -> index(List.of(cnipa, samr, again)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Body id 'cnipa' is used twice");
  }

  @Test
  void aNameOfTwoBodies_isAProblem_evenInAnotherCaseOrAsAnId() {
    Agency clash = body("clash", "别的局").abbreviation("cnipa").build();
    Agency idClash = body("samr", "别的局").build();

    assertThat(problem(List.of(cnipa, clash)))
        .contains(
            new NameIndex.Problem(
                1, "The name 'cnipa' would find two bodies: 'cnipa' and 'clash'"));
    assertThat(problem(List.of(cnipa, body("named-samr", "SAMR").build(), samr)))
        .contains(
            new NameIndex.Problem(
                2, "The name 'samr' would find two bodies: 'named-samr' and 'samr'"));
    assertThat(problem(List.of(samr, idClash)).map(NameIndex.Problem::message))
        .contains("Body id 'samr' is used twice");
  }

  @Test
  void namesDifferingOnlyInWidthOrInvisibleCharacters_areAProblem_namingBothNames() {
    Agency wide = body("wide", "别的局").abbreviation("ＣＮＩＰＡ").build();
    Agency invisible = body("invisible", "知识产权局\u200B").build();

    assertThat(problem(List.of(cnipa, wide)))
        .contains(
            new NameIndex.Problem(
                1,
                "The name 'ＣＮＩＰＡ' of body 'wide' differs from the name 'cnipa' of body 'cnipa' only in"
                    + " letter width, letter case or invisible characters")); // the id is a name
    // too
    assertThat(problem(List.of(samr, cnipa, invisible)))
        .contains(
            new NameIndex.Problem(
                2,
                "The name '知识产权局\\u200B' of body 'invisible' differs from the name '知识产权局' of body"
                    + " 'cnipa' only in letter width, letter case or invisible characters"));
  }

  @Test
  void aSuccessorOutsideTheRegistry_isAProblemOfTheBodyNamingIt() {
    Agency old = body("old", "旧局").successorId("new").build();

    assertThat(problem(List.of(cnipa, old)))
        .contains(
            new NameIndex.Problem(
                1, "Body 'old' names a successor 'new' that is not in the registry"));
  }

  @Test
  void bodiesSharingASuccessor_orChainsOfSuccessors_areValid() {
    Agency newest = body("newest", "最新局").build();
    Agency middle = body("middle", "新局").successorId("newest").build();
    Agency old = body("old", "旧局").successorId("middle").build();
    Agency other = body("other", "另一局").successorId("middle").build();

    assertThat(problem(List.of(old, other, middle, newest))).isEmpty();
    assertThat(problem(List.of(newest, middle, other, old))).isEmpty();
  }

  @Test
  void aCycleOfSuccessors_isAProblemOfItsFirstBody_showingTheCycle() {
    Agency a = body("a", "甲").successorId("b").build();
    Agency b = body("b", "乙").successorId("c").build();
    Agency c = body("c", "丙").successorId("a").build();
    Agency lead = body("lead", "丁").successorId("b").build();

    assertThat(problem(List.of(a, b, c)))
        .contains(
            new NameIndex.Problem(
                0, "Body 'a' is its own successor through a cycle: 'a → b → c → a'"));
    // Reached from a body outside the cycle: the cycle starts where the walk comes back to.
    assertThat(problem(List.of(lead, c, a, b)))
        .contains(
            new NameIndex.Problem(
                3, "Body 'b' is its own successor through a cycle: 'b → c → a → b'"));
    assertThatThrownBy(() -> index(List.of(a, b, c)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Body 'a' is its own successor through a cycle: 'a → b → c → a'");
  }

  @Test
  void nearest_givesNamesWithinHalfTheLength_nearestFirst_upToTheLimit() {
    Agency a = body("a", "部门一").build();
    Agency b = body("b", "部门一二").build();
    Agency c = body("c", "部二三四五").build();
    NameIndex<Agency> index = index(List.of(c, b, a));

    // "部门" has 2 characters: names at distance 1 at most, and names it is a short form of
    // (its characters in order, from the first), which rank as one edit away; ties keep
    // registry order.
    assertThat(index.nearest("部门", 5)).containsExactly("部门一二", "部门一");
    // "部门一二" has 4: distance 2 at most.
    assertThat(index.nearest("部门一二", 5)).containsExactly("部门一二", "部门一");
    assertThat(index.nearest("部门一二", 1)).containsExactly("部门一二");
    assertThat(index.nearest("部门一二", 0)).isEmpty();
    assertThat(index.nearest("完全不同", 5)).isEmpty();
  }

  @Test
  void nearest_countsCodePoints_andComparesNamesUpToTheLongestCompared() {
    String longest = "a".repeat(NameIndex.LONGEST_COMPARED);
    Agency atLimit = body("at-limit", "甲").englishName(longest).build();
    Agency overLimit =
        body("over-limit", "乙").englishName("b".repeat(NameIndex.LONGEST_COMPARED + 1)).build();
    NameIndex<Agency> index = index(List.of(atLimit, overLimit));

    assertThat(index.nearest(longest, 3)).containsExactly(longest);
    assertThat(index.nearest("a".repeat(NameIndex.LONGEST_COMPARED - 1) + "b", 3))
        .containsExactly(longest);
    // One more character: not compared at all, though the name is one edit away.
    assertThat(index.nearest(longest + "a", 3)).isEmpty();
    // A name over the limit is never suggested, however close.
    assertThat(index.nearest("b".repeat(NameIndex.LONGEST_COMPARED), 3)).isEmpty();
    // Three code points outside the BMP are three characters: 𠀀𠀁 is one edit from 𠀀𠀁𠀂.
    Agency astral = body("astral", "\uD840\uDC00\uD840\uDC01\uD840\uDC02").build();
    assertThat(index(List.of(astral)).nearest("\uD840\uDC00\uD840\uDC01", 3))
        .containsExactly("\uD840\uDC00\uD840\uDC01\uD840\uDC02");
  }

  @Test
  void distance_isTheLevenshteinDistanceOverCodePoints() {
    assertThat(NameSuggestions.distance("", "")).isZero();
    assertThat(NameSuggestions.distance("", "abc")).isEqualTo(3);
    assertThat(NameSuggestions.distance("abc", "")).isEqualTo(3);
    assertThat(NameSuggestions.distance("a", "bcd")).isEqualTo(3);
    assertThat(NameSuggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(NameSuggestions.distance("知识产权局", "知识产权")).isEqualTo(1);
    assertThat(NameSuggestions.distance("ab", "ba")).isEqualTo(2);
    assertThat(NameSuggestions.distance("\uD840\uDC00", "\uD840\uDC01")).isEqualTo(1);
  }

  @Test
  void problem_ofAValidRegistry_isEmpty_andOfAnInvalidOne_isPresent() {
    assertThat(problem(List.of(cnipa))).isEqualTo(Optional.empty());
    assertThat(problem(List.of(cnipa, cnipa))).isPresent();
  }

  @Test
  void findWritten_findsANameAsWritten_orPrintedInTraditionalCharacters() {
    NameIndex<Agency> index = index(List.of(cnipa, samr));

    assertThat(index.findWritten("国家知识产权局")).contains(cnipa);
    assertThat(index.findWritten("國家知識產權局")).contains(cnipa);
    assertThat(index.findWritten("市場監管總局")).contains(samr);
    assertThat(index.findWritten("SAMR")).contains(samr);
    // Only the traditional forms are forgiven: letter case, width, invisible characters, ids and
    // names that are not whole count as written.
    assertThat(index.findWritten("samr")).isEmpty();
    assertThat(index.findWritten("ＳＡＭＲ")).isEmpty();
    assertThat(index.findWritten("國家知識產權局\u200B")).isEmpty();
    assertThat(index.findWritten("cnipa")).isEmpty();
    assertThat(index.findWritten("知識產權")).isEmpty();
  }

  @Test
  void writes_acceptsANameOrItsTraditionalForm_only() {
    assertThat(NameIndex.writes(cnipa.names(), "知识产权局")).isTrue();
    assertThat(NameIndex.writes(cnipa.names(), "知識產權局")).isTrue();
    assertThat(NameIndex.writes(cnipa.names(), "CNIPA")).isTrue();
    assertThat(NameIndex.writes(cnipa.names(), "cnipa")).isFalse();
    assertThat(NameIndex.writes(cnipa.names(), "市場監管總局")).isFalse();
  }

  @Test
  void simplified_putsEachTraditionalIdeographInItsSimplifiedForm_andLeavesTheRest() {
    assertThat(FoldedText.simplified("國家知識產權局")).isEqualTo("国家知识产权局");
    assertThat(FoldedText.simplified("ＣＮＩＰＡ 農業農村部\u200B")).isEqualTo("ＣＮＩＰＡ 农业农村部\u200B");
    assertThat(FoldedText.simplified("")).isEmpty();
  }

  @Test
  void namesOfTwoBodiesDifferingOnlyInTraditionalForms_areAProblem_namingBothNames() {
    Agency traditional = body("traditional", "國家知識產權局").build();

    assertThat(problem(List.of(samr, cnipa, traditional)))
        .contains(
            new NameIndex.Problem(
                2,
                "The name '國家知識產權局' of body 'traditional' differs from the name '国家知识产权局'"
                    + " of body 'cnipa' only in traditional and simplified forms of its characters"));
    // The same body may print both forms.
    assertThat(problem(List.of(body("both", "國家知識產權局", "国家知识产权局").build()))).isEmpty();
  }

  @Test
  void nearest_comparesTraditionalFormsAsSimplified() {
    NameIndex<Agency> index = index(List.of(samr, cnipa));

    // One edit from 国家知识产权局 once simplified; seven traditional forms would be seven edits.
    assertThat(index.nearest("國家知識產權總局", 1)).containsExactly("国家知识产权局");
    assertThat(index.nearest("市場監督總局", 1)).containsExactly("市场监管总局");
  }
}
