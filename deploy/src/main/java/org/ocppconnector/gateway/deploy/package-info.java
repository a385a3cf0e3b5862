/** The AWS CDK app that deploys the gateway: {@link org.ocppconnector.gateway.deploy.GatewayApp} is its entry point. */
@NullMarked
package org.ocppconnector.gateway.deploy;

import org.jspecify.annotations.NullMarked;
