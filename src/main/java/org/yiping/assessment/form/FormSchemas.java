package org.yiping.assessment.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON Schemas of the form and mapping formats, always the ones bundled with the application (a region may add
 * forms, not change the format). Resources {@code assessment-forms/schema/*.schema.json}.
 */
public final class FormSchemas {
  public static final String FORM_SCHEMA = "assessment-forms/schema/form.schema.json";
  public static final String MAPPING_SCHEMA = "assessment-forms/schema/mapping.schema.json";

  private static final int MAX_REPORTED = 3;

  private static volatile JsonSchema form;
  private static volatile JsonSchema mapping;

  private FormSchemas() {}

  /** Throws {@link FormLoadException} naming {@code source} and the first violations if {@code node} is not a valid form. */
  public static void checkForm(String source, JsonNode node) {
    check(source, node, formSchema(), "does not match the form schema");
  }

  public static void checkMapping(String source, JsonNode node) {
    check(source, node, mappingSchema(), "does not match the mapping schema");
  }

  private static void check(String source, JsonNode node, JsonSchema schema, String what) {
    Set<ValidationMessage> errors = schema.validate(node);
    if (!errors.isEmpty()) {
      List<String> msgs = errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
      String shown = String.join("; ", msgs.subList(0, Math.min(MAX_REPORTED, msgs.size())));
      String more = msgs.size() > MAX_REPORTED ? " (and " + (msgs.size() - MAX_REPORTED) + " more)" : "";
      throw new FormLoadException(source, what + ": " + shown + more);
    }
  }

  private static JsonSchema formSchema() {
    JsonSchema s = form;
    if (s == null) {
      s = load(FORM_SCHEMA);
      form = s;
    }
    return s;
  }

  private static JsonSchema mappingSchema() {
    JsonSchema s = mapping;
    if (s == null) {
      s = load(MAPPING_SCHEMA);
      mapping = s;
    }
    return s;
  }

  private static JsonSchema load(String resource) {
    try (InputStream in = FormSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the classpath: " + resource);
      }
      JsonNode schemaNode = new ObjectMapper().readTree(in);
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
