/**
 * Coverage: the press clips that followed the programme's stories and gatherings, recorded by the communication
 * team, counted per story, per province and per month.
 */
package id.cerita.coverage;
