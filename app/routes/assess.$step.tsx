import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useCallback, useMemo } from "react";
import { ChoiceQuestion } from "~/components/choice-question";
import { ContinueLaterLink, ErrorSummary, FlowProgress, FormCard, SubmitButton } from "~/components/form";
import { useEnhancedForm } from "~/components/use-enhanced-form";
import {
  FLOW_STEP_IDS,
  REVIEW,
  canEnter,
  flowPath,
  isFlowStepId,
  isQuestionnaireStep,
  nextPosition,
  previousStep,
  reachedStep,
  stepNumber,
  withStepAnswers,
} from "~/domain/flow/progress";
import {
  type QuestionDefinition,
  type StepId,
  describeCondition,
  optionLabel,
  questionById,
  questionsForStep,
  questionsInStep,
  stepById,
  stepInputFromForm,
  stepSchema,
  visibleQuestions,
} from "~/domain/questionnaire";
import { fieldErrors } from "~/domain/validation";
import { updateDraft } from "~/server/flow/drafts.server";
import { requireDraftAt } from "~/server/flow/draft-cookie.server";
import { readForm } from "~/server/http/form-data.server";

function questionnaireStep(param: string | undefined): StepId {
  if (!isFlowStepId(param) || !isQuestionnaireStep(param)) throw new Response("Not found", { status: 404 });
  return param;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const step = questionnaireStep(params.step);
  const draft = await requireDraftAt(request, step);
  return { step, answers: draft.answers, returnToReview: new URL(request.url).searchParams.get("return") === REVIEW };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const step = questionnaireStep(params.step);
  const draft = await requireDraftAt(request, step);
  // The step's questions may repeat here: its schema refuses a one-answer question sent twice
  // with a message beside that question. Any other field sent twice is refused outright.
  const form = await readForm(request, { lists: questionsInStep(step).map((question) => question.id) });
  const input = stepInputFromForm(step, form);
  const result = stepSchema(step, draft.answers).safeParse(input);
  if (!result.success) return data({ errors: fieldErrors(result.error), values: input }, { status: 400 });

  const answers = withStepAnswers(draft.answers, step, result.data as Record<string, unknown>);
  await updateDraft(context.db, draft.id, { answers, reached: reachedStep(nextPosition(step)) });
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

/**
 * react-hook-form reads an untouched checkbox group as `false` and an unchecked radio group as
 * `null`; reading its values the way a posted form is read gives the step schema the same input
 * in the browser as on the server.
 */
function asFormInput(step: StepId, values: Record<string, unknown>): Record<string, unknown> {
  return stepInputFromForm(step, {
    getAll: (name) => {
      const value = values[name];
      if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
      return typeof value === "string" ? [value] : [];
    },
  });
}

export default function QuestionnaireStep() {
  const { step, answers, returnToReview } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const definition = stepById(step);
  const questions = questionsInStep(step);

  const schema = useMemo(() => stepSchema(step, answers), [step, answers]);
  const toInput = useCallback((values: Record<string, unknown>) => asFormInput(step, values), [step]);
  const { register, watch, hydrated, onSubmit, errors, summaryErrors } = useEnhancedForm({
    schema,
    fields: questions.map((question) => question.id),
    serverErrors: actionData?.errors,
    toInput,
  });
  const saved = (actionData?.values ?? answers) as Record<string, unknown>;

  // Before hydration (and without JavaScript) every question this step's answers could reveal is
  // shown, with a hint; afterwards questions appear and disappear as answers change.
  const shown: Array<{ question: QuestionDefinition; hint: string | null }> = hydrated
    ? visibleQuestions({ ...answers, ...toInput(watch()) }, step).map((question) => ({ question, hint: null }))
    : questionsForStep(step, answers).map(({ question, dependsOnThisStep }) => ({
        question,
        hint: dependsOnThisStep ? conditionHint(question) : null,
      }));
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
      <ErrorSummary errors={summaryErrors} labels={labels} takeFocus={false} />
      <FormCard>
        <Form
          method="post"
          noValidate
          data-enhanced={hydrated ? "true" : undefined}
          className="space-y-6"
          onSubmit={onSubmit}
        >
          {returnToReview ? <input type="hidden" name="return" value={REVIEW} /> : null}
          {shown.map(({ question, hint }) => (
            <ChoiceQuestion
              key={question.id}
              question={question}
              registration={register(question.id)}
              selected={selectedOf(question.id)}
              error={errors[question.id]}
              hint={hint}
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
            <SubmitButton pendingLabel="Saving…">
              {returnToReview ? "Save and return to review" : "Continue"}
            </SubmitButton>
          </div>
        </Form>
      </FormCard>
      <ContinueLaterLink />
    </div>
  );
}
