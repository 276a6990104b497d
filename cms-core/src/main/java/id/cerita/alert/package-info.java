/**
 * Journalists' alerts: a journalist follows a province, regency, theme, course or provider from the press room and
 * is told, once per story, when a story matching it goes public (past its embargo), at once or in a weekly digest.
 * Mail goes only to a confirmed address (double opt-in); every follow carries its own unsubscribe token.
 */
package id.cerita.alert;
