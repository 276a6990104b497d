/** Figures for the communication team: who took which press kits. */
package id.cerita.analytics;
