/**
 * Concealed, tamper-evident randomisation of enrolled tenants to COACHED or CONTROL:
 * stratified permuted blocks derived from a secret seed, and the hash chain of allocations.
 */
package org.ecdp.housing.allocation;
