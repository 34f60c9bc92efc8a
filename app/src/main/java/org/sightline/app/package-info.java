/**
 * The application: command line, web observatory and REST API (adapters over core and store). One
 * sub-package per capability, each holding its service, API controller, page controller and
 * command; {@code web} and {@code cli} hold the shared plumbing. {@code ModulesTest} keeps the
 * rooms free of cycles and of each other's internals; {@code docs/architecture.md} lists them.
 */
package org.sightline.app;
