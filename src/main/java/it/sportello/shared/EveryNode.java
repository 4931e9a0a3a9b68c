package it.sportello.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a scheduled job that must run on every node, because it works on what this node holds in its own memory
 * (say, searches typed on this node and not yet written down). Every other scheduled job takes a ShedLock lock so that
 * it runs on one node at a time; {@code ScheduledJobsTests} checks that each job says which of the two it is.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EveryNode {

	/** Why the job's work belongs to each node. */
	String value();

}
