/**
 * The import toolkit: reading uploaded files within bounds ({@link it.sportello.shared.importing.BoundedZip}),
 * and importing CSV files with line-numbered problems told by message code, in two modes: strict (check
 * everything, then all or nothing) and lenient streaming (skip and report bad lines, go on, memory flat). See
 * {@code docs/imports.md}.
 */
@NullMarked
package it.sportello.shared.importing;

import org.jspecify.annotations.NullMarked;
