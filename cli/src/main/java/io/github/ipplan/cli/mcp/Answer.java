package io.github.ipplan.cli.mcp;

import java.util.Map;

/**
 * A tool's answer: the structured content (the documented JSON form, as maps and lists) and the
 * text rendering that quotes the plans with every provision's id.
 */
record Answer(Map<String, Object> structured, String text) {}
