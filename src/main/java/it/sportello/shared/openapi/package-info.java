/**
 * The API's OpenAPI document ({@code /v3/api-docs}): the product's name and version, how to authenticate, and the
 * problem-detail responses each operation can give, derived from what the operation is rather than annotated on
 * each controller.
 */
@org.jspecify.annotations.NullMarked
package it.sportello.shared.openapi;
