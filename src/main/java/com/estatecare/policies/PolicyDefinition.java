package com.estatecare.policies;

import java.util.List;

import com.estatecare.platform.FieldProblem;

/**
 * What a module declares about one kind of policy: its name in the API, its
 * shape, the defaults from the spec, and which values cannot work. Each module
 * that owns rules provides one bean per kind.
 */
public interface PolicyDefinition<T> {

    /** The name in {@code /api/v1/policies/{kind}}, e.g. {@code time-limits}. */
    String kind();

    Class<T> type();

    /** The spec's defaults, in force until an administrator changes them. */
    T defaults();

    /** Problems that make the policy unworkable; field names relative to the policy. */
    List<FieldProblem> validate(T policy);
}
