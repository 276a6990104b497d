/**
 * What the featured person agreed to, seen from a story: the private links on which an alumnus checks their own story
 * and answers for each consent scope, and what a story needs against what its person's consent covers today.
 */
package id.cerita.consent;
