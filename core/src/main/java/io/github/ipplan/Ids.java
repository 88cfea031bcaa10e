package io.github.ipplan;

/** How ids are formed from a plan's id and an element's place; {@link PlanElement} documents it. */
final class Ids {
  private Ids() {}

  /** The id of a heading at a place (from 1) under its parent, whose id is given. */
  static String heading(String parentId, Heading heading, int place) {
    return parentId + "/" + EnumWords.word(heading.kind()) + "/" + place;
  }
}
