package io.github.ipplan.yaml;

import io.github.ipplan.internal.Quote;
import io.github.ipplan.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/** How {@link PlanWriter} prints a tree of maps, lists, text, numbers and dates as YAML. */
final class YamlDump {
  private YamlDump() {}

  /** Writes a tree of maps, lists, text, numbers, dates and {@link #flow} values as YAML. */
  static String dump(Map<String, Object> root) {
    return yaml().dump(root);
  }

  /** A value to write in flow style, such as {@code [a, b]}. */
  record Flow<T>(T value) {}

  /**
   * A new dumper for each call: SnakeYAML's dumper keeps state while it writes, so one shared
   * dumper would mix up documents written from several threads at once.
   */
  private static Yaml yaml() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setSplitLines(false);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    return new Yaml(new WriterRepresenter(options), options);
  }

  /**
   * Represents dates as YAML dates, decimals exactly, {@link Flow} values in flow style, and text
   * only where it holds no character the loader refuses (SnakeYAML would write such text as {@code
   * !!binary}, which is not text).
   */
  private static final class WriterRepresenter extends Representer {
    WriterRepresenter(DumperOptions options) {
      super(options);
      Represent plainText = this.representers.get(String.class);
      this.representers.put(
          String.class,
          data -> {
            String text = (String) data;
            int forbidden = Texts.firstForbidden(text);
            if (forbidden >= 0) {
              throw new IllegalArgumentException(
                  String.format(
                      "Text cannot be written: it holds "
                          + "U+%04X, which a plan's text may not hold (a control character, a noncharacter "
                          + "or an unpaired surrogate): %s",
                      text.codePointAt(forbidden), Quote.of(text)));
            }
            return plainText.representData(text);
          });
      this.representers.put(
          LocalDate.class, data -> representScalar(Tag.TIMESTAMP, data.toString()));
      this.representers.put(
          BigDecimal.class,
          data -> {
            String text = ((BigDecimal) data).toPlainString();
            return representScalar(text.contains(".") ? Tag.FLOAT : Tag.INT, text);
          });
      Represent flow =
          data -> {
            Object value = ((Flow<?>) data).value();
            return value instanceof Map<?, ?> map
                ? representMapping(Tag.MAP, map, DumperOptions.FlowStyle.FLOW)
                : representSequence(Tag.SEQ, (Iterable<?>) value, DumperOptions.FlowStyle.FLOW);
          };
      this.representers.put(Flow.class, flow);
    }
  }
}
