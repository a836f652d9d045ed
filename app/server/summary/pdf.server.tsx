import type { Styles } from "@react-pdf/renderer";
import type { RegimeView } from "~/domain/summary";
import { loadOnce } from "../load-once.server";
import type { VisitorSummary } from "./summary.server";

/**
 * The visitor's summary as a PDF, drawn on the server with @react-pdf/renderer (no browser at run
 * time; decision 018). It carries the same sentences as the page, worked out for the day it is
 * made, with the firm's name, the reference and that day on every page.
 */

type PdfKit = typeof import("@react-pdf/renderer");

const styles = {
  page: { padding: 40, paddingBottom: 56, fontSize: 10, fontFamily: "Helvetica", color: "#14213d", lineHeight: 1.4 },
  firm: { fontSize: 9, color: "#0f5c4d", fontFamily: "Helvetica-Bold", textTransform: "uppercase", letterSpacing: 1 },
  title: { fontSize: 18, fontFamily: "Helvetica-Bold", marginTop: 4, marginBottom: 4 },
  meta: { fontSize: 9, color: "#3d4a66", marginBottom: 12 },
  heading: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 4 },
  label: { fontFamily: "Helvetica-Bold" },
  box: { borderLeftWidth: 3, borderLeftColor: "#b4530a", paddingLeft: 8, marginBottom: 6 },
  item: { marginBottom: 3 },
  regime: { marginBottom: 6 },
  small: { fontSize: 8.5, color: "#3d4a66" },
  footer: { position: "absolute", bottom: 24, left: 40, right: 40, fontSize: 8, color: "#3d4a66" },
} satisfies Styles;

/** The document, drawn with the renderer's own elements once they are loaded. */
function makeSummaryDocument({ Document, Page, Text, View }: PdfKit) {
  function RegimeList({ title, regimes }: { title: string; regimes: readonly RegimeView[] }) {
    return (
      <View>
        <Text style={styles.heading}>{`${title} (${regimes.length})`}</Text>
        {regimes.length === 0 ? <Text>None on your answers.</Text> : null}
        {regimes.map((regime) => (
          <View key={regime.id} style={styles.regime} wrap={false}>
            <Text style={styles.label}>{`${regime.name}${regime.tierLabel ? `: ${regime.tierLabel}` : ""}`}</Text>
            <Text>{`When: ${regime.when}`}</Text>
            {regime.obligations.slice(0, 3).map((duty) => (
              <Text key={duty} style={styles.small}>{`• ${duty}`}</Text>
            ))}
          </View>
        ))}
      </View>
    );
  }

  return function SummaryDocument({ summary, firmName }: { summary: VisitorSummary; firmName: string }) {
    const { view } = summary;
    const footer = `${firmName} · Exposure summary ${summary.publicRef} · ${view.todayText}`;
    return (
      <Document
        title={`Exposure summary ${summary.publicRef}`}
        author={firmName}
        subject={`${summary.company}, ${view.todayText}`}
        creator={firmName}
        producer={firmName}
      >
        <Page size="A4" style={styles.page}>
          <Text style={styles.firm}>{firmName}</Text>
          <Text style={styles.title}>{`${summary.company}: what applies, and what to do`}</Text>
          <Text
            style={styles.meta}
          >{`Reference ${summary.publicRef} · read on ${view.todayText} · assessed on ${view.assessedOn} (ruleset ${view.rulesetVersion})`}</Text>
          {view.scope ? <Text style={styles.box}>{view.scope.sentence}</Text> : null}
          <Text style={styles.box}>{`Exposure band: ${view.bandWords}`}</Text>
          <Text style={styles.item}>
            <Text style={styles.label}>Today: </Text>
            {view.headline}
          </Text>
          <Text style={styles.item}>
            <Text style={styles.label}>Next dated obligation: </Text>
            {view.nextObligation}
          </Text>
          {view.penalty ? (
            <Text style={styles.item}>
              <Text style={styles.label}>Penalty scale for your size: </Text>
              {view.penalty}
            </Text>
          ) : null}
          <Text style={styles.heading}>To do this quarter</Text>
          {view.actions.length === 0 ? <Text>Nothing to act on this quarter on these answers.</Text> : null}
          {view.actions.map((action, index) => (
            <Text key={action} style={styles.item}>{`${index + 1}. ${action}`}</Text>
          ))}
          {view.timeline ? (
            <View>
              <Text style={styles.heading}>Deadlines</Text>
              {view.timeline.entries.map((entry) => (
                <Text key={`${entry.regime}-${entry.date}-${entry.label}`} style={styles.item}>
                  {entry.state === "in-force"
                    ? `${entry.regime}: ${entry.text}`
                    : `${entry.regime}: ${entry.label}, ${entry.text}`}
                </Text>
              ))}
            </View>
          ) : null}
          <RegimeList title="Likely to apply" regimes={view.likely} />
          <RegimeList title="Possibly applies" regimes={view.possible} />
          <Text style={[styles.small, { marginTop: 12 }]}>{view.disclaimer}</Text>
          <Text
            style={styles.footer}
            fixed
            render={({ pageNumber, totalPages }) => `${footer} · page ${pageNumber} of ${totalPages}`}
          />
        </Page>
      </Document>
    );
  };
}

// The renderer (its layout engine and fonts) takes seconds of CPU to load, and every process
// that loads the server's bundle paid for it at start-up, the mail worker's thread included,
// for a download few visitors ask for. It is loaded on the first PDF instead.
const loadPdfKit = loadOnce(async () => {
  const kit = await import("@react-pdf/renderer");
  return { render: kit.renderToBuffer, SummaryDocument: makeSummaryDocument(kit) };
});

export async function renderSummaryPdf(summary: VisitorSummary, firmName: string): Promise<Buffer> {
  const { render, SummaryDocument } = await loadPdfKit();
  return render(<SummaryDocument summary={summary} firmName={firmName} />);
}
