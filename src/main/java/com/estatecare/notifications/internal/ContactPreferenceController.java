package com.estatecare.notifications.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.DomainException;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An owner's channels: the owner reads and changes their own (portal, 我的); staff read a customer's within
 * their branch. Addresses are masked; an address comes from the customer's file, not from here.
 */
@RestController
@Tag(name = "Contact preferences", description = "Which channels an owner is told by, opt-outs with their time")
class ContactPreferenceController {

    /** One channel: whether the customer has an address for it (masked), whether it is on, and since when. */
    @Schema(name = "ContactChannelSetting")
    record ChannelSetting(ContactChannel channel, String address, boolean available, boolean enabled,
            Instant changedAt) {
    }

    @Schema(name = "ContactPreferences")
    record Settings(String language, Instant languageChangedAt, List<ChannelSetting> channels) {
    }

    /** What an owner changes: channels to switch on ({@code true}) or off, and the language of their messages. */
    @Schema(name = "ContactPreferenceChange")
    record Change(Map<String, Boolean> channels, String language) {
    }

    private final ContactPreferences preferences;
    private final Registry registry;
    private final Organisation organisation;

    ContactPreferenceController(ContactPreferences preferences, Registry registry, Organisation organisation) {
        this.preferences = preferences;
        this.registry = registry;
        this.organisation = organisation;
    }

    @GetMapping("/api/v1/me/contact-preferences")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "The owner's own channels and language", operationId = "myContactPreferences")
    Settings mine() {
        CustomerView customer = ownCustomer();
        return settings(customer, preferences.of(customer.id()));
    }

    @PutMapping("/api/v1/me/contact-preferences")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Switch channels on or off (an opt-out is recorded with its time) and choose the language", operationId = "changeMyContactPreferences")
    Settings change(@RequestBody Change body) {
        CustomerView customer = ownCustomer();
        Map<ContactChannel, Boolean> wanted = new EnumMap<>(ContactChannel.class);
        if (body.channels() != null) {
            if (body.channels().size() > ContactChannel.values().length) {
                throw DomainException.invalidField("channels", "one-of", "EMAIL, SMS, WECHAT");
            }
            body.channels().forEach((name, enabled) -> {
                ContactChannel channel = java.util.Arrays.stream(ContactChannel.values())
                        .filter(c -> c.name().equals(name)).findFirst()
                        .orElseThrow(() -> DomainException.invalidField("channels", "one-of", "EMAIL, SMS, WECHAT"));
                if (enabled == null) {
                    throw DomainException.invalidField("channels." + channel.name(), "required");
                }
                wanted.put(channel, enabled);
            });
        }
        if (body.language() != null) {
            TemplateController.language(body.language());
        }
        return settings(customer, preferences.record(customer.companyId(), customer.id(), wanted, body.language(),
                organisation.currentUser().accountId()));
    }

    @GetMapping("/api/v1/customers/{id}/contact-preferences")
    @StaffOnly
    @Operation(summary = "A customer's channels and opt-outs, within the caller's branch", operationId = "customerContactPreferences")
    Settings ofCustomer(@PathVariable long id) {
        CustomerView customer = registry.customerVisibleTo(id, organisation.currentUser())
                .orElseThrow(() -> DomainException.notFound("customer"));
        return settings(customer, preferences.of(customer.id()));
    }

    private CustomerView ownCustomer() {
        CurrentUser user = organisation.currentUser();
        if (user.customerId() == null) {
            throw DomainException.notFound("customer");
        }
        return registry.customer(user.customerId()).orElseThrow(() -> DomainException.notFound("customer"));
    }

    private static Settings settings(CustomerView customer, ContactPreferences.Choices choices) {
        ChannelChoice.Contact contact = new ChannelChoice.Contact(customer.email(), customer.phone(), customer.wechat());
        List<ChannelSetting> channels = new ArrayList<>();
        for (ContactChannel channel : ContactChannel.values()) {
            String address = ChannelChoice.address(contact, channel);
            ContactPreferences.Choice choice = choices.channels().get(channel);
            channels.add(new ChannelSetting(channel, address == null ? null : ChannelChoice.masked(channel, address),
                    address != null, choice == null || choice.enabled(), choice == null ? null : choice.changedAt()));
        }
        return new Settings(choices.language(), choices.languageChangedAt(), channels);
    }
}
