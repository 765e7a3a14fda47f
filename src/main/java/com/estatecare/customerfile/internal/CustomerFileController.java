package com.estatecare.customerfile.internal;

import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.customerfile.CustomerFile;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.MaskedText;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.annotation.JsonSerialize;

@RestController
@Tag(name = "Customer file", description = "One timeline of everything about a customer (客户服务档案)")
class CustomerFileController {

    private final CustomerFile file;
    private final Organisation organisation;

    CustomerFileController(CustomerFile file, Organisation organisation) {
        this.file = file;
        this.organisation = organisation;
    }

    record Item(Instant at, String kind, String reference, @JsonSerialize(using = MaskedText.class) String summary) {
    }

    @GetMapping("/api/v1/customers/{id}/file")
    @Operation(summary = "The customer's file, newest first, with a cursor; an owner reads what was told to them")
    CursorPage<Item> file(@PathVariable long id, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return file.of(id, cursor, CursorPage.limit(limit), organisation.currentUser())
                .map(e -> new Item(e.at(), e.kind(), e.reference(), e.summary()));
    }
}
