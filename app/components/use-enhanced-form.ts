import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import { useEffect, useMemo } from "react";
import { type DefaultValues, type Resolver, useForm } from "react-hook-form";
import type { $ZodType } from "zod/v4/core";
import { useHydrated } from "./use-hydrated";

type Values = Record<string, unknown>;

/** Puts focus on a field by its id; a group of choices is focused on its first option. */
function focusField(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  const target =
    element instanceof HTMLFieldSetElement
      ? (element.querySelector<HTMLElement>("input, select, textarea") ?? element)
      : element;
  target.focus();
}

/**
 * A server-validated `<Form method="post">` enhanced in the browser: react-hook-form validates
 * with the same zod schema as the visitor goes, and a valid form is posted through Remix without
 * a reload. Messages come from the browser once the visitor has submitted, and from the server's
 * answer before that (which is all there is without JavaScript).
 *
 * Focus moves only when the visitor submits: to the first invalid field (react-hook-form does it
 * for its own checks; the effect below for the server's). `summaryErrors` is empty until then, so
 * the error summary appears, and is announced, only in answer to a submit; leaving a field that is
 * still invalid shows its message beside it and nothing else.
 */
export function useEnhancedForm({
  schema,
  fields,
  serverErrors,
  toInput,
  defaultValues,
}: {
  schema: $ZodType;
  fields: readonly string[];
  serverErrors: Record<string, string> | undefined;
  /** Turns react-hook-form's values into what a posted form would give; must be stable. */
  toInput?: (values: Values) => Values;
  defaultValues?: DefaultValues<Values>;
}) {
  const hydrated = useHydrated();
  const submit = useSubmit();
  const resolver = useMemo(() => {
    const validate = zodResolver(schema as never) as unknown as Resolver<Values>;
    if (!toInput) return validate;
    const normalised: Resolver<Values> = (values, context, options) => validate(toInput(values), context, options);
    return normalised;
  }, [schema, toInput]);
  const form = useForm<Values>({ resolver, mode: "onTouched", defaultValues, shouldFocusError: true });
  const onSubmit = form.handleSubmit((_values, event) => {
    submit(event?.target as HTMLFormElement, { method: "post" });
  });

  useEffect(() => {
    const first = serverErrors ? fields.find((field) => serverErrors[field]) : undefined;
    if (first) focusField(first);
  }, [serverErrors, fields]);

  const errors: Record<string, string | undefined> = {};
  for (const field of fields) {
    const clientMessage = form.formState.errors[field]?.message;
    errors[field] =
      (typeof clientMessage === "string" ? clientMessage : undefined) ??
      (form.formState.isSubmitted ? undefined : serverErrors?.[field]);
  }
  const submitted = form.formState.submitCount > 0 || serverErrors !== undefined;
  const summaryErrors = submitted ? errors : {};
  return { ...form, hydrated, onSubmit, errors, summaryErrors };
}
