/**
 * The one WAR: Faces pages and their backing beans (package mirrors the page path),
 * the REST API ({@code api}), security, and the configuration that starts the portal.
 * The only module that may import Faces, PrimeFaces or JAX-RS.
 */
package org.ecdp.web;
