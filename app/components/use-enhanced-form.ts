import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import { useMemo } from "react";
import { type DefaultValues, type Resolver, useForm } from "react-hook-form";
import type { $ZodType } from "zod/v4/core";
import { useHydrated } from "./use-hydrated";

type Values = Record<string, unknown>;

/**
 * A server-validated `<Form method="post">` enhanced in the browser: react-hook-form validates
 * with the same zod schema as the visitor goes, and a valid form is posted through Remix without
 * a reload. Messages come from the browser once the visitor has submitted, and from the server's
 * answer before that (which is all there is without JavaScript).
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
  const form = useForm<Values>({ resolver, mode: "onTouched", defaultValues });
  const onSubmit = form.handleSubmit((_values, event) => {
    submit(event?.target as HTMLFormElement, { method: "post" });
  });

  const errors: Record<string, string | undefined> = {};
  for (const field of fields) {
    const clientMessage = form.formState.errors[field]?.message;
    errors[field] = (typeof clientMessage === "string" ? clientMessage : undefined) ?? (form.formState.isSubmitted ? undefined : serverErrors?.[field]);
  }
  return { ...form, hydrated, onSubmit, errors };
}
