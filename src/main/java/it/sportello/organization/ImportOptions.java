package it.sportello.organization;

/**
 * How to run a directory import.
 *
 * @param dryRun only check the files and report, change nothing
 * @param removeMissing delete the records whose row is no longer in the files (otherwise they are only reported)
 */
public record ImportOptions(boolean dryRun, boolean removeMissing) {
}
