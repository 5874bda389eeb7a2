package com.claimdesk.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/**
 * Messages for a form, each beside its field. Built from Bean Validation on the form record, plus the rules
 * only a resource can check (a name already taken, a record that changed meanwhile).
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static <T> FormErrors of(Set<ConstraintViolation<T>> violations) {
        FormErrors errors = new FormErrors();
        for (ConstraintViolation<T> violation : violations) {
            errors.add(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return errors;
    }

    /** Keeps the first message per field: one clear message beats a list. */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.getOrDefault(field, "");
    }

    public Map<String, String> asMap() {
        return Map.copyOf(byField);
    }
}
