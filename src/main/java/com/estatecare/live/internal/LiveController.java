package com.estatecare.live.internal;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

@RestController
@Tag(name = "Live updates", description = "Server-sent events when a request the caller may see changes (实时推送)")
class LiveController {

    /** Seconds a refused client should wait before it tries again. */
    private static final int RETRY_AFTER_SECONDS = 30;

    private final LiveConfiguration.Streams streams;
    private final Organisation organisation;
    private final Problems problems;
    private final LiveProperties properties;

    LiveController(LiveConfiguration.Streams streams, Organisation organisation, Problems problems,
            LiveProperties properties) {
        this.streams = streams;
        this.organisation = organisation;
        this.problems = problems;
        this.properties = properties;
    }

    @GetMapping(path = "/api/v1/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "A text/event-stream of the changes to the requests the caller may see: events ready, "
            + "request and reload (docs/api.md, \"Live updates\"); a Last-Event-ID header is answered with reload")
    @ApiResponse(responseCode = "200", description = "The stream: events ready, request, reload and heartbeat comments",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "429", description = "Too many streams for this account or on this instance; "
            + "Retry-After says when to try again", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId, Locale locale,
            HttpServletResponse response) throws IOException {
        CurrentUser user = organisation.currentUser();
        SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
        LiveHub hub = streams.hub();
        LiveHub.Result result = hub.open(user, new EmitterSink(emitter), lastEventId != null);
        if (result.subscription() == null) {
            refuse(result.refusal(), locale, response);
            return null;
        }
        Subscription subscription = result.subscription();
        emitter.onCompletion(() -> hub.close(subscription));
        emitter.onTimeout(() -> hub.close(subscription));
        emitter.onError(failure -> hub.close(subscription));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // proxies such as nginx would otherwise hold the events back in their buffers
        response.setHeader("X-Accel-Buffering", "no");
        return emitter;
    }

    private void refuse(LiveHub.Refusal refusal, Locale locale, HttpServletResponse response) throws IOException {
        boolean perUser = refusal == LiveHub.Refusal.PER_USER;
        ProblemDetail problem = problems.problem(HttpStatus.TOO_MANY_REQUESTS,
                perUser ? "too-many-live-streams" : "live-streams-full", locale,
                perUser ? properties.maxPerUser() : properties.maxTotal());
        problem.setProperty("limit", perUser ? properties.maxPerUser() : properties.maxTotal());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        problems.write(response, problem);
    }

    /** Writes the frames to the HTTP response. */
    private record EmitterSink(SseEmitter emitter) implements Subscription.Sink {

        @Override
        public void send(Outgoing frame) throws IOException {
            if (frame.isHeartbeat()) {
                emitter.send(SseEmitter.event().comment("heartbeat"));
            } else if ("ready".equals(frame.name())) {
                emitter.send(SseEmitter.event().reconnectTime(3000).id(frame.id()).name(frame.name())
                        .data(frame.data()));
            } else {
                emitter.send(SseEmitter.event().id(frame.id()).name(frame.name()).data(frame.data()));
            }
        }

        /**
         * Ends the response; when the container has already ended it with an error (the client went away while a
         * frame was written), Tomcat refuses any further use of the async context, and there is nothing left to end.
         */
        @Override
        public void close() {
            try {
                emitter.complete();
            } catch (IllegalStateException alreadyEnded) {
                // the stream is gone either way
            }
        }
    }
}
