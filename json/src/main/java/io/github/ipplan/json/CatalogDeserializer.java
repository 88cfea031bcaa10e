package io.github.ipplan.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.ipplan.PlanCatalog;
import java.io.IOException;

/**
 * Reads a catalog document into a {@link PlanCatalog}. The document is first read into a tree of
 * its own within the {@link Limits} ({@link BoundedTree}), whatever the mapper's settings; {@link
 * CatalogReader} then builds the catalog.
 */
final class CatalogDeserializer extends StdDeserializer<PlanCatalog> {
  private static final long serialVersionUID = 1L;

  CatalogDeserializer() {
    super(PlanCatalog.class);
  }

  @Override
  public PlanCatalog deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode root = BoundedTree.read(p);
    try {
      return new CatalogReader().catalog(root);
    } catch (CatalogReader.InvalidCatalog e) {
      throw MismatchedInputException.from(p, PlanCatalog.class, e.getMessage());
    }
  }
}
