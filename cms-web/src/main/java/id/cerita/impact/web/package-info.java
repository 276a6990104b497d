/** The impact page for the communication team, its API, and the province map on the dashboard. */
package id.cerita.impact.web;
