/**
 * What operations watch: health groups for load balancers and orchestrators (liveness, readiness with the database,
 * the search node and the data folder's disk), and Cerita's own meters beside Boot's request metrics, scraped from
 * {@code /actuator/prometheus}.
 */
package id.cerita.ops;
