package it.sportello.telephony;

/**
 * The command line import of switch data: {@code java -jar sportello.jar import-calls FILE…} imports the files in
 * order (queue_log, CDR Master.csv or the generic CSV, gzip-compressed or not), prints each report and exits with
 * 0 (imported), 1 (a file could not be imported) or 2 (wrong usage). The application's main method asks
 * {@link #isInvokedBy} so that it starts without a web server.
 */
public final class ImportCallsCommand {

	public static final String NAME = "import-calls";

	private ImportCallsCommand() {
	}

	public static boolean isInvokedBy(String... args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

}
