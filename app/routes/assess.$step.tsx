import { zodResolver } from "@hookform/resolvers/zod";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useMemo } from "react";
import { type Resolver, useForm } from "react-hook-form";
import { ChoiceQuestion } from "~/components/choice-question";
import { ErrorSummary, FlowProgress, FormCard } from "~/components/form";
import { useHydrated } from "~/components/use-hydrated";
import {
  FLOW_STEP_IDS,
  REVIEW,
  canEnter,
  flowPath,
  isFlowStepId,
  isQuestionnaireStep,
  nextPosition,
  previousStep,
  stepNumber,
  withStepAnswers,
} from "~/domain/flow/progress";
import {
  type QuestionDefinition,
  type StepId,
  describeCondition,
  optionLabel,
  questionById,
  questionsIn,
  questionsInStep,
  stepById,
  stepInputFromForm,
  stepSchema,
  visibleQuestions,
} from "~/domain/questionnaire";
import { fieldErrors } from "~/domain/validation";
import { getDb } from "~/server/db.server";
import { updateDraft } from "~/server/drafts.server";
import { requireDraftAt } from "~/server/flow.server";

function questionnaireStep(param: string | undefined): StepId {
  if (!isFlowStepId(param) || !isQuestionnaireStep(param)) throw new Response("Not found", { status: 404 });
  return param;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const step = questionnaireStep(params.step);
  const draft = await requireDraftAt(request, step);
  return { step, answers: draft.answers, returnToReview: new URL(request.url).searchParams.get("return") === REVIEW };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const step = questionnaireStep(params.step);
  const draft = await requireDraftAt(request, step);
  const form = await request.formData();
  const input: Record<string, unknown> = stepInputFromForm(step, form);
  // A repeated field for a one-answer question is a tampered form: let the schema say so.
  for (const question of questionsInStep(step)) {
    if (question.kind === "single" && form.getAll(question.id).length > 1) input[question.id] = form.getAll(question.id);
  }
  const result = stepSchema(step, draft.answers).safeParse(input);
  if (!result.success) return data({ errors: fieldErrors(result.error), values: input }, { status: 400 });

  const answers = withStepAnswers(draft.answers, step, result.data as Record<string, unknown>);
  await updateDraft(getDb(), draft.id, { answers });
  const updated = { ...draft, answers };
  const backToReview = form.get("return") === REVIEW && canEnter(REVIEW, updated);
  return redirect(flowPath(backToReview ? REVIEW : nextPosition(step)));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: loaded ? `${stepById(loaded.step).title} · Exposure assessment` : "Exposure assessment" },
  { name: "robots", content: "noindex" },
];

/** "Only if you chose …": shown beside a question whose visibility depends on this same step. */
function conditionHint(question: QuestionDefinition): string | null {
  if (!question.visibleWhen) return null;
  return `Only needed if ${describeCondition(question.visibleWhen, {
    question: (id) => `“${questionById(id).text}”`,
    option: (id, value) => optionLabel(id, value),
  })}.`;
}

function dependsOnStep(question: QuestionDefinition, step: StepId): boolean {
  return question.visibleWhen !== undefined && questionsIn(question.visibleWhen).some((id) => questionById(id).step === step);
}

/**
 * react-hook-form reads an untouched checkbox group as `false` and an unchecked radio group as
 * `null`; the step schema expects what a posted form gives: a list, a value, or nothing.
 */
function asFormInput(step: StepId, values: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const question of questionsInStep(step)) {
    const value = values[question.id];
    if (question.kind === "multi") input[question.id] = Array.isArray(value) && value.length > 0 ? value : typeof value === "string" ? [value] : undefined;
    else input[question.id] = typeof value === "string" ? value : undefined;
  }
  return input;
}

export default function QuestionnaireStep() {
  const { step, answers, returnToReview } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const submit = useSubmit();
  const hydrated = useHydrated();
  const definition = stepById(step);
  const questions = questionsInStep(step);

  const schema = useMemo(() => stepSchema(step, answers), [step, answers]);
  const saved = (actionData?.values ?? answers) as Record<string, unknown>;
  // No defaultValues: react-hook-form then reads each field from the page as rendered, so the
  // saved answers, and anything ticked before the page finished loading, are kept.
  const resolver = useMemo(() => {
    const validate = zodResolver(schema as never) as unknown as Resolver<Record<string, unknown>>;
    const normalised: Resolver<Record<string, unknown>> = (values, context, options) =>
      validate(asFormInput(step, values), context, options);
    return normalised;
  }, [schema, step]);
  const { register, handleSubmit, watch, formState } = useForm<Record<string, unknown>>({ resolver, mode: "onTouched" });
  const watched = asFormInput(step, watch());

  // Before hydration (and without JavaScript) every question that depends on this step's own
  // answers is shown with a hint; afterwards questions appear and disappear as answers change.
  const current = { ...answers, ...(hydrated ? watched : saved) };
  const visible = new Set(visibleQuestions(current, step).map((question) => question.id));
  const shown = questions.filter((question) => visible.has(question.id) || (!hydrated && dependsOnStep(question, step)));

  const serverErrors = (actionData?.errors ?? {}) as Record<string, string>;
  const errors: Record<string, string | undefined> = {};
  for (const question of shown) {
    const clientMessage = formState.errors[question.id]?.message;
    errors[question.id] = (typeof clientMessage === "string" ? clientMessage : undefined) ?? (formState.isSubmitted ? undefined : serverErrors[question.id]);
  }
  const labels = Object.fromEntries(questions.map((question) => [question.id, question.text]));
  const back = previousStep(step);
  const selectedOf = (id: string) => {
    const value = saved[id];
    return Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
  };

  return (
    <div className="container-page max-w-3xl py-10">
      <FlowProgress current={stepNumber(step)} total={FLOW_STEP_IDS.length} title={definition.title} />
      <h1 className="font-serif text-3xl font-bold text-ink">{definition.title}</h1>
      <p className="mt-2 mb-8 text-lg text-ink-soft">{definition.intro}</p>
      <ErrorSummary errors={errors} labels={labels} />
      <FormCard>
        <Form
          method="post"
          noValidate
          data-enhanced={hydrated ? "true" : undefined}
          className="space-y-6"
          onSubmit={handleSubmit((_values, event) => {
            submit(event?.target as HTMLFormElement, { method: "post" });
          })}
        >
          {returnToReview ? <input type="hidden" name="return" value={REVIEW} /> : null}
          {shown.map((question) => (
            <ChoiceQuestion
              key={question.id}
              question={question}
              registration={register(question.id)}
              selected={selectedOf(question.id)}
              error={errors[question.id]}
              hint={!hydrated && dependsOnStep(question, step) ? conditionHint(question) : null}
            />
          ))}
          <div className="flex flex-wrap items-center justify-between gap-4 pt-2">
            {back ? (
              <Link to={flowPath(back)} className="link">
                ← Back
              </Link>
            ) : (
              <span />
            )}
            <button type="submit" className="button-primary" disabled={navigation.state === "submitting"}>
              {returnToReview ? "Save and return to review" : "Continue"}
            </button>
          </div>
        </Form>
      </FormCard>
    </div>
  );
}
