package it.sportello.organization;

/**
 * The command line import of the directory:
 * {@code java -jar sportello.jar import-directory DIR [--dry-run] [--remove-missing]}. The application's main
 * method asks {@link #isInvokedBy} so that it starts without a web server and exits with the import's status
 * (0 imported or checked without problems, 1 problems, 2 wrong usage).
 */
public final class DirectoryCommand {

	public static final String NAME = "import-directory";

	private DirectoryCommand() {
	}

	public static boolean isInvokedBy(String... args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

}
