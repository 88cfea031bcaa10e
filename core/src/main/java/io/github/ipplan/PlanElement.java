package io.github.ipplan;

/**
 * A value that a plan's id names: the {@link Plan} itself, a {@link Heading}, a {@link Measure}, a
 * {@link Project}, an {@link Indicator}, or, for every other element of the text (a paragraph, a
 * line of the notice, the title, the indicator table, the lead-agency rule), the {@link Provision}
 * that holds its printed text. {@link PlanCatalog#provision(String)} finds the value for an id, and
 * {@link SearchHit#value()} gives the value a search found.
 *
 * <h2>Ids</h2>
 *
 * <p>Every id is the plan's id, followed for an element of the plan by the element's place, its
 * steps joined by {@code /}. The same ids appear in every output (search hits, the rendered text,
 * JSON, exports), and name the same element in every release of the same plan:
 *
 * <ul>
 *   <li>the plan: {@code national-2021-2022};
 *   <li>a numbered measure, project or indicator, by its number or row: {@code
 *       national-2021-2022/measure/27}, {@code guangzhou-2021-2025/project/5}, {@code
 *       guangzhou-2021-2025/indicator/3} ({@link Measure#id()}, {@link Project#id()}, {@link
 *       Indicator#id()});
 *   <li>a heading, by its kind ({@code part}, {@code chapter}, {@code section}) and its place from
 *       1 among the headings under the same parent, outermost first: {@code
 *       national-2021-2022/part/1}, {@code national-2021-2022/part/1/section/2}, {@code
 *       guangzhou-2021-2025/chapter/3} ({@link Plan#headingId(java.util.List)});
 *   <li>a paragraph, by its place under its heading, in the preamble or in the notice: {@code
 *       national-2021-2022/part/1/paragraph/1}, {@code guangzhou-2021-2025/preamble/paragraph/2},
 *       {@code national-2021-2022/notice/paragraph/1};
 *   <li>the rest by name: {@code …/title}, {@code …/indicator-table}, {@code …/lead-rule}, and
 *       {@code …/notice/title}, {@code …/notice/published}, {@code …/notice/addressees}, {@code
 *       …/notice/attachments}, {@code …/notice/signatory}, {@code …/notice/seal}, {@code
 *       …/notice/date} ({@link ProvisionKind} lists them).
 * </ul>
 *
 * <p>A heading holds no id of its own: it is a value that does not know its plan or its place, and
 * the same value stands in the outline and in the heading paths of the measures under it. Its plan
 * gives its id from its place.
 */
public sealed interface PlanElement permits Plan, Heading, Measure, Project, Indicator, Provision {}
