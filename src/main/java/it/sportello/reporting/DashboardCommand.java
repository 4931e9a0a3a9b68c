package it.sportello.reporting;

/**
 * The command line rebuild of the ticket dashboards: {@code java -jar sportello.jar rebuild-dashboards}. The
 * application's main method asks {@link #isInvokedBy} so that it starts without a web server and exits when the
 * dashboards are rebuilt (status 0).
 */
public final class DashboardCommand {

	public static final String NAME = "rebuild-dashboards";

	private DashboardCommand() {
	}

	public static boolean isInvokedBy(String... args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

}
