package dev.descent.io;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The number of tries of every fuzz property: {@value #IN_BUILD} in the build, which keeps the fuzz
 * run to seconds, or the system property {@code fuzz.tries} for a longer run (the pom passes
 * {@code -Dfuzz.tries=N} on to the tests). Added to a property class with {@code @AddLifecycleHook}.
 */
public final class FuzzTries implements AroundPropertyHook {
    public static final String PROPERTY = "fuzz.tries";
    public static final int IN_BUILD = 40;

    /** The tries asked for, never fewer than one. */
    public static int tries() {
        String asked = System.getProperty(PROPERTY, "");
        return asked.isBlank() ? IN_BUILD : Math.max(1, Integer.parseInt(asked.strip()));
    }

    /** Added to a class, the hook reaches every property in it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        return property.execute();
    }
}
