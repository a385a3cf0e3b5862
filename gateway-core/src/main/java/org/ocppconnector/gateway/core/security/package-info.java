/**
 * Station authentication for the OCPP security profiles (OCPP 1.6 Security Whitepaper ed. 2,
 * OCPP 2.0.1 Part 2 §A00): the {@link org.ocppconnector.gateway.core.security.StationAuthenticator}
 * SPI, its built-in implementations (open, credentials file, HTTP authorizer) and the TLS settings.
 */
@NullMarked
package org.ocppconnector.gateway.core.security;

import org.jspecify.annotations.NullMarked;
