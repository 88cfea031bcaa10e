package io.github.ipplan.cli.export;

import io.github.ipplan.Agency;

/**
 * One body with how many tasks it leads, how many it takes part in without leading, and how many
 * indicators it reports, in the plans a listing keeps to.
 *
 * @param agency the body
 * @param leads tasks the body leads
 * @param participates tasks the body takes part in without leading
 * @param reports indicators the body is the data source of
 */
public record BodyCounts(Agency agency, long leads, long participates, long reports) {}
