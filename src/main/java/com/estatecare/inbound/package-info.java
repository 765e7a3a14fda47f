/**
 * Requests that arrive by a channel other than the workbench and the portal (渠道受理): the call centre's screen pop
 * (来电弹屏) with the caller's customer found and the call's recording on the request, and the night duty desk's
 * emergency repairs (夜间紧急报修). New requests go through the requests module's intake, as the workbench's do;
 * what belongs on an existing request's timeline is published as a {@link com.estatecare.requests.TimelineRecord}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbound channels")
package com.estatecare.inbound;
