/**
 * The shared kernel: services (teams), portal users and their roles, the audit trail,
 * the shared vocabularies of the public API, and the events through which the capability
 * modules (logging, mentoring, housing) talk without importing each other.
 */
package org.ecdp.domain;
