/**
 * The one store of files attached to tickets, information sheets and incoming messages: in the database, so that a
 * backup holds them; bounded in size; typed by their content, never by their name.
 */
@org.jspecify.annotations.NullMarked
package it.sportello.shared.attachments;
