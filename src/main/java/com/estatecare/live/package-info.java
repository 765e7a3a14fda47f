/**
 * Live updates 实时推送: a server-sent event stream ({@code GET /api/v1/live})
 * that tells a signed-in person, within a fraction of a second and on whichever
 * instance they are connected to, that a request they may see was registered,
 * moved, assigned or reached a time limit. It reacts to the other modules'
 * events after their commit, crosses instances through PostgreSQL
 * {@code LISTEN/NOTIFY}, and is best-effort: a client that may have missed
 * something is told to reload.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live updates")
package com.estatecare.live;
