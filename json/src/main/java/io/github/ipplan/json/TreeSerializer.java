package io.github.ipplan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/** Writes a domain value as the tree {@link JsonForm} builds for it. */
final class TreeSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // the module is not serialized with its serializers
  private final Function<T, ObjectNode> form;

  TreeSerializer(Class<T> type, Function<T, ObjectNode> form) {
    super(type);
    this.form = form;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    form.apply(value).serialize(gen, provider);
  }
}
