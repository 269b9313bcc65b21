/**
 * The network's pages: the observatory, a network theme's entries pooled over the organisations
 * that share aggregates, with its alerts, for the network admin and those organisations' officers.
 */
package org.ecdp.web.network;
