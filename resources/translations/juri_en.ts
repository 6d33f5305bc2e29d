<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Offline scoring for the jurors of public-service innovation competitions (KIPP).&lt;/p&gt;&lt;p&gt;Your scores stay on this laptop until you export them, signed with your own key.&lt;/p&gt;&lt;p&gt;© {organisation} · {license}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt for Python {qt}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Offline scoring for the jurors of public-service innovation competitions (KIPP).&lt;/p&gt;&lt;p&gt;Your scores stay on this laptop until you export them, signed with your own key.&lt;/p&gt;&lt;p&gt;© {organisation} · {license}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt for Python {qt}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>About {name}</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>assign a third juror</source>
        <translation>assign a third juror</translation>
    </message>
    <message>
        <source>discuss in the panel&apos;s plenary</source>
        <translation>discuss in the panel&apos;s plenary</translation>
    </message>
    <message>
        <source>every juror, %n submission(s)</source>
        <translation>every juror, %n submission(s)</translation>
    </message>
    <message>
        <source>jurors taken as interchangeable, %n submission(s)</source>
        <translation>jurors taken as interchangeable, %n submission(s)</translation>
    </message>
    <message>
        <source>ICC not computable</source>
        <translation>ICC not computable</translation>
    </message>
</context>
<context>
    <name>Amendment</name>
    <message>
        <source>it is another package ({id}), not {expected}</source>
        <translation>it is another package ({id}), not {expected}</translation>
    </message>
    <message>
        <source>version {new} does not name version {old} (manifest {sha}) as one it amends</source>
        <translation>version {new} does not name version {old} (manifest {sha}) as one it amends</translation>
    </message>
    <message>
        <source>it is signed by another secretariat key ({new}, not {old})</source>
        <translation>it is signed by another secretariat key ({new}, not {old})</translation>
    </message>
    <message>
        <source>it changes the package&apos;s {part}; an amendment only adds jurors and assignments</source>
        <translation>it changes the package&apos;s {part}; an amendment only adds jurors and assignments</translation>
    </message>
    <message>
        <source>it removes juror {id}</source>
        <translation>it removes juror {id}</translation>
    </message>
    <message>
        <source>it changes juror {id}&apos;s name or key; a juror&apos;s new key is the chair&apos;s decision (accept the key), not a new package</source>
        <translation>it changes juror {id}&apos;s name or key; a juror&apos;s new key is the chair&apos;s decision (accept the key), not a new package</translation>
    </message>
    <message>
        <source>it removes submission(s) {codes} from juror {id}</source>
        <translation>it removes submission(s) {codes} from juror {id}</translation>
    </message>
</context>
<context>
    <name>Build</name>
    <message>
        <source>The package id &apos;{id}&apos; may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>The package id &apos;{id}&apos; may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Building the package was cancelled.</source>
        <translation>Building the package was cancelled.</translation>
    </message>
    <message>
        <source>Nothing was written: %n input file(s) have problems. Fix them all, then build again.</source>
        <translation>Nothing was written: %n input file(s) have problems. Fix them all, then build again.</translation>
    </message>
    <message>
        <source>%n submission(s) have no juror, so nobody will score them: {codes}</source>
        <translation>%n submission(s) have no juror, so nobody will score them: {codes}</translation>
    </message>
    <message>
        <source>%n submission(s) have fewer jurors than the round&apos;s minimum of {minimum} complete evaluations, so they can never be ranked: {codes}</source>
        <translation>%n submission(s) have fewer jurors than the round&apos;s minimum of {minimum} complete evaluations, so they can never be ranked: {codes}</translation>
    </message>
    <message>
        <source>%n juror(s) have no submission to score: {ids}</source>
        <translation>%n juror(s) have no submission to score: {ids}</translation>
    </message>
    <message>
        <source>another submission&apos;s file has the same name on Windows and macOS (names differing only in case)</source>
        <translation>another submission&apos;s file has the same name on Windows and macOS (names differing only in case)</translation>
    </message>
    <message>
        <source>{name} (submission {code}) cannot go into the package as {member}: {problem}.</source>
        <translation>{name} (submission {code}) cannot go into the package as {member}: {problem}.</translation>
    </message>
    <message>
        <source>The file name {name} (submission {code}) cannot go into the package: {problem}. Rename the file.</source>
        <translation>The file name {name} (submission {code}) cannot go into the package: {problem}. Rename the file.</translation>
    </message>
    <message>
        <source>Submissions {first} and {second} name the same file {name}: give each submission its own file.</source>
        <translation>Submissions {first} and {second} name the same file {name}: give each submission its own file.</translation>
    </message>
    <message>
        <source>The roster gives juror {ids} the secretariat&apos;s own public key: each juror needs a key of their own (juri keys export in the juror&apos;s workspace).</source>
        <translation>The roster gives juror {ids} the secretariat&apos;s own public key: each juror needs a key of their own (juri keys export in the juror&apos;s workspace).</translation>
    </message>
</context>
<context>
    <name>ChairCharts</name>
    <message>
        <source>&amp;Scores:</source>
        <translation>&amp;Scores:</translation>
    </message>
    <message>
        <source>Scores shown in the chart</source>
        <translation>Scores shown in the chart</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Box plot of each juror&apos;s scores</source>
        <translation>Box plot of each juror&apos;s scores</translation>
    </message>
    <message>
        <source>Weighted total (0–100)</source>
        <translation>Weighted total (0–100)</translation>
    </message>
    <message>
        <source>No complete evaluation yet.</source>
        <translation>No complete evaluation yet.</translation>
    </message>
    <message>
        <source>{juror}: median {median}, mean {mean} (n = {n})</source>
        <translation>{juror}: median {median}, mean {mean} (n = {n})</translation>
    </message>
    <message>
        <source>Most lenient: {high}. Strictest: {low}.</source>
        <translation>Most lenient: {high}. Strictest: {low}.</translation>
    </message>
</context>
<context>
    <name>ChairExport</name>
    <message>
        <source>CSV for Excel (semicolons, decimal commas) (*.csv)</source>
        <translation>CSV for Excel (semicolons, decimal commas) (*.csv)</translation>
    </message>
    <message>
        <source>CSV for programs (commas, decimal points) (*.csv)</source>
        <translation>CSV for programs (commas, decimal points) (*.csv)</translation>
    </message>
</context>
<context>
    <name>ChairModels</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{name} (in {merged})</source>
        <translation>{name} (in {merged})</translation>
    </message>
    <message>
        <source>The file says it is juror {juror}&apos;s, but that is not verified: {reason}</source>
        <translation>The file says it is juror {juror}&apos;s, but that is not verified: {reason}</translation>
    </message>
    <message>
        <source>{status} · no integrity pact</source>
        <translation>{status} · no integrity pact</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Mean of totals</source>
        <translation>Mean of totals</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The passing grade applies {rule}.</source>
        <translation>The passing grade applies {rule}.</translation>
    </message>
    <message>
        <source>jurors disagree</source>
        <translation>jurors disagree</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff&apos;s α</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>weighted total</source>
        <translation>weighted total</translation>
    </message>
</context>
<context>
    <name>ChairPages</name>
    <message>
        <source>Import the jurors&apos; result files: File → Import results, or drop files and folders on this window.</source>
        <translation>Import the jurors&apos; result files: File → Import results, or drop files and folders on this window.</translation>
    </message>
    <message>
        <source>Summary of the imported files</source>
        <translation>Summary of the imported files</translation>
    </message>
    <message>
        <source>Imported files and their status</source>
        <translation>Imported files and their status</translation>
    </message>
    <message>
        <source>The selected file&apos;s status</source>
        <translation>The selected file&apos;s status</translation>
    </message>
    <message>
        <source>Accept this &amp;key…</source>
        <translation>Accept this &amp;key…</translation>
    </message>
    <message>
        <source>Accept the unknown key of the selected file</source>
        <translation>Accept the unknown key of the selected file</translation>
    </message>
    <message>
        <source>Accept a key the roster does not know, after comparing its fingerprint with the juror&apos;s signed paper sheet</source>
        <translation>Accept a key the roster does not know, after comparing its fingerprint with the juror&apos;s signed paper sheet</translation>
    </message>
    <message>
        <source>{name}: {status} — {reason}</source>
        <translation>{name}: {status} — {reason}</translation>
    </message>
    <message>
        <source>Files: {total} — {parts}. Jurors accepted: {jurors}.</source>
        <translation>Files: {total} — {parts}. Jurors accepted: {jurors}.</translation>
    </message>
    <message>
        <source>No file of its juror is signed by the accepted key(s) {keys}.</source>
        <translation>No file of its juror is signed by the accepted key(s) {keys}.</translation>
    </message>
    <message>
        <source>Until the secretariat says which one is in force, these files do not count and the merged file cannot be signed.</source>
        <translation>Until the secretariat says which one is in force, these files do not count and the merged file cannot be signed.</translation>
    </message>
    <message>
        <source>Open the newest version of the package (File → Open package): results made for its earlier versions count under it. Until then these files do not count and the merged file cannot be signed.</source>
        <translation>Open the newest version of the package (File → Open package): results made for its earlier versions count under it. Until then these files do not count and the merged file cannot be signed.</translation>
    </message>
    <message>
        <source>Coverage: submissions by jurors</source>
        <translation>Coverage: submissions by jurors</translation>
    </message>
    <message>
        <source>Assigned evaluations: {total} — {parts}.</source>
        <translation>Assigned evaluations: {total} — {parts}.</translation>
    </message>
    <message>
        <source>Line-&amp;up:</source>
        <translation>Line-&amp;up:</translation>
    </message>
    <message>
        <source>Ranking line-up</source>
        <translation>Ranking line-up</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Per group</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Per cluster</translation>
    </message>
    <message>
        <source>Method and passing grade</source>
        <translation>Method and passing grade</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>{method}. No passing grade in this round.</source>
        <translation>{method}. No passing grade in this round.</translation>
    </message>
    <message>
        <source>{method}. Passing grade: {grade} — {passing} of {total} pass.</source>
        <translation>{method}. Passing grade: {grade} — {passing} of {total} pass.</translation>
    </message>
    <message>
        <source>The grade applies {rule}.</source>
        <translation>The grade applies {rule}.</translation>
    </message>
    <message>
        <source>Ranked: submissions with enough complete evaluations (needed: {minimum}); not ranked: {unranked}.</source>
        <translation>Ranked: submissions with enough complete evaluations (needed: {minimum}); not ranked: {unranked}.</translation>
    </message>
    <message>
        <source>Tied places are marked with “=”: {ties} submissions share a place that no tie-break separates.</source>
        <translation>Tied places are marked with “=”: {ties} submissions share a place that no tie-break separates.</translation>
    </message>
    <message>
        <source>Scores shown with more decimals look equal to a neighbour&apos;s at two; the decimals shown separate them.</source>
        <translation>Scores shown with more decimals look equal to a neighbour&apos;s at two; the decimals shown separate them.</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Disagreements</translation>
    </message>
    <message>
        <source>Assign a third &amp;juror…</source>
        <translation>Assign a third &amp;juror…</translation>
    </message>
    <message>
        <source>Choose jurors to add to the selected submission and save the assignments file the secretariat signs with juri package amend</source>
        <translation>Choose jurors to add to the selected submission and save the assignments file the secretariat signs with juri package amend</translation>
    </message>
    <message>
        <source>Submissions whose jurors&apos; weighted totals are more than {n} points apart. With two evaluations, assign a third juror; with more, discuss it in the panel.</source>
        <translation>Submissions whose jurors&apos; weighted totals are more than {n} points apart. With two evaluations, assign a third juror; with more, discuss it in the panel.</translation>
    </message>
    <message>
        <source>No jurors&apos; totals are more than {n} points apart.</source>
        <translation>No jurors&apos; totals are more than {n} points apart.</translation>
    </message>
    <message>
        <source>How far the jurors agree: Krippendorff&apos;s alpha (interval level) and the six Shrout–Fleiss intraclass correlations, for the weighted total and each criterion. 1 is full agreement; near 0 or below, the scores say more about the juror than about the submission. ICC2 and ICC3 need every juror to score every submission; when jurors share the submissions out, they are taken as interchangeable and only ICC1 and ICC1k apply (– in the table).</source>
        <translation>How far the jurors agree: Krippendorff&apos;s alpha (interval level) and the six Shrout–Fleiss intraclass correlations, for the weighted total and each criterion. 1 is full agreement; near 0 or below, the scores say more about the juror than about the submission. ICC2 and ICC3 need every juror to score every submission; when jurors share the submissions out, they are taken as interchangeable and only ICC1 and ICC1k apply (– in the table).</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <source>What to do about it</source>
        <translation>What to do about it</translation>
    </message>
    <message>
        <source>Sources of the readings</source>
        <translation>Sources of the readings</translation>
    </message>
    <message>
        <source>Summary of the evidence</source>
        <translation>Summary of the evidence</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Same file also for</source>
        <translation>Same file also for</translation>
    </message>
    <message>
        <source>Preview of the selected file</source>
        <translation>Preview of the selected file</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Open the file</translation>
    </message>
    <message>
        <source>The accepted results carry no evidence (photos and documents are attached in field rounds).</source>
        <translation>The accepted results carry no evidence (photos and documents are attached in field rounds).</translation>
    </message>
    <message>
        <source>Evidence files in the accepted results: {n}. Each one&apos;s SHA-256 is signed with its juror&apos;s result: a swapped file makes the result tampered.</source>
        <translation>Evidence files in the accepted results: {n}. Each one&apos;s SHA-256 is signed with its juror&apos;s result: a swapped file makes the result tampered.</translation>
    </message>
    <message>
        <source>⚠ %n file(s) are the very same file given for more than one submission (column “Same file also for”): one photo cannot show two visits; ask the juror.</source>
        <translation>⚠ %n file(s) are the very same file given for more than one submission (column “Same file also for”): one photo cannot show two visits; ask the juror.</translation>
    </message>
    <message>
        <source>PDF document: open it to read it.</source>
        <translation>PDF document: open it to read it.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <source>Merge store</source>
        <translation>Merge store</translation>
    </message>
    <message>
        <source>Open the package the results are for first (File → Open package).</source>
        <translation>Open the package the results are for first (File → Open package).</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>F&amp;iles</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>&amp;Ranking</translation>
    </message>
    <message>
        <source>&amp;Disagreements</source>
        <translation>&amp;Disagreements</translation>
    </message>
    <message>
        <source>Re&amp;liability</source>
        <translation>Re&amp;liability</translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation>Ch&amp;arts</translation>
    </message>
    <message>
        <source>Eviden&amp;ce</source>
        <translation>Eviden&amp;ce</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;Open package…</translation>
    </message>
    <message>
        <source>&amp;Import results…</source>
        <translation>&amp;Import results…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of results…</source>
        <translation>Import a &amp;folder of results…</translation>
    </message>
    <message>
        <source>&amp;Merge again</source>
        <translation>&amp;Merge again</translation>
    </message>
    <message>
        <source>&amp;Accept the selected file&apos;s key…</source>
        <translation>&amp;Accept the selected file&apos;s key…</translation>
    </message>
    <message>
        <source>&amp;Export signed merged file…</source>
        <translation>&amp;Export signed merged file…</translation>
    </message>
    <message>
        <source>Export ranking as &amp;XLSX…</source>
        <translation>Export ranking as &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export ranking as &amp;CSV…</source>
        <translation>Export ranking as &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print the signed record…</source>
        <translation>&amp;Print the signed record…</translation>
    </message>
    <message>
        <source>Save the signed record as P&amp;DF…</source>
        <translation>Save the signed record as P&amp;DF…</translation>
    </message>
    <message>
        <source>Tie-brea&amp;ks…</source>
        <translation>Tie-brea&amp;ks…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Juri</source>
        <translation>&amp;About Juri</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Merge settings</source>
        <translation>Merge settings</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>How the jurors&apos; totals combine</source>
        <translation>How the jurors&apos; totals combine</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Trimmed mean</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Z-score</translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation>M&amp;ethod:</translation>
    </message>
    <message>
        <source>Totals dropped at each end</source>
        <translation>Totals dropped at each end</translation>
    </message>
    <message>
        <source>For the trimmed mean: totals dropped at each end</source>
        <translation>For the trimmed mean: totals dropped at each end</translation>
    </message>
    <message>
        <source>&amp;Trim:</source>
        <translation>&amp;Trim:</translation>
    </message>
    <message>
        <source>Disagreement threshold in points</source>
        <translation>Disagreement threshold in points</translation>
    </message>
    <message>
        <source>Flag a submission when its jurors&apos; totals are more than this many points apart</source>
        <translation>Flag a submission when its jurors&apos; totals are more than this many points apart</translation>
    </message>
    <message>
        <source>Disagreement a&amp;bove:</source>
        <translation>Disagreement a&amp;bove:</translation>
    </message>
    <message>
        <source>the round&apos;s</source>
        <translation>the round&apos;s</translation>
    </message>
    <message>
        <source>Passing grade</source>
        <translation>Passing grade</translation>
    </message>
    <message>
        <source>The total a submission needs to pass; at the lowest value, the round&apos;s own</source>
        <translation>The total a submission needs to pass; at the lowest value, the round&apos;s own</translation>
    </message>
    <message>
        <source>Minimum of complete evaluations</source>
        <translation>Minimum of complete evaluations</translation>
    </message>
    <message>
        <source>Complete evaluations a submission needs to take a place and to pass; at the lowest value, the round&apos;s own minimum</source>
        <translation>Complete evaluations a submission needs to take a place and to pass; at the lowest value, the round&apos;s own minimum</translation>
    </message>
    <message>
        <source>Mi&amp;nimum evaluations:</source>
        <translation>Mi&amp;nimum evaluations:</translation>
    </message>
    <message>
        <source>Which criteria separate equal scores, and in which order</source>
        <translation>Which criteria separate equal scores, and in which order</translation>
    </message>
    <message>
        <source>Panel chair</source>
        <translation>Panel chair</translation>
    </message>
    <message>
        <source>No package open</source>
        <translation>No package open</translation>
    </message>
    <message>
        <source>Cancelled. Files already imported are kept; Merge again (F5) merges them.</source>
        <translation>Cancelled. Files already imported are kept; Merge again (F5) merges them.</translation>
    </message>
    <message>
        <source>Open the package the results are for</source>
        <translation>Open the package the results are for</translation>
    </message>
    <message>
        <source>Checking {name} …</source>
        <translation>Checking {name} …</translation>
    </message>
    <message>
        <source>Package checked: complete and signed by {name} ({fp}).</source>
        <translation>Package checked: complete and signed by {name} ({fp}).</translation>
    </message>
    <message>
        <source>Assignments written: {path} ({codes}).</source>
        <translation>Assignments written: {path} ({codes}).</translation>
    </message>
    <message>
        <source>Assign a third juror</source>
        <translation>Assign a third juror</translation>
    </message>
    <message>
        <source>Give this file to the secretariat: the chair does not sign packages. The secretariat signs version {version} of the package with its own key:

juri package amend {package} --assignments {name} --key SECRETARIAT.key -o {new}

and sends it to the jurors and to you. Open it here (File → Open package): the results given so far keep counting.</source>
        <translation>Give this file to the secretariat: the chair does not sign packages. The secretariat signs version {version} of the package with its own key:

juri package amend {package} --assignments {name} --key SECRETARIAT.key -o {new}

and sends it to the jurors and to you. Open it here (File → Open package): the results given so far keep counting.</translation>
    </message>
    <message>
        <source>Page: {name}</source>
        <translation>Page: {name}</translation>
    </message>
    <message>
        <source>Next / previous field or setting</source>
        <translation>Next / previous field or setting</translation>
    </message>
    <message>
        <source>Move in a table or list</source>
        <translation>Move in a table or list</translation>
    </message>
    <message>
        <source>Open the choices of a list box</source>
        <translation>Open the choices of a list box</translation>
    </message>
    <message>
        <source>Go to a setting or page by its underlined letter</source>
        <translation>Go to a setting or page by its underlined letter</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+letter</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>This help</translation>
    </message>
    <message>
        <source>Checking the package …</source>
        <translation>Checking the package …</translation>
    </message>
    <message>
        <source>Assign a third &amp;juror…</source>
        <translation>Assign a third &amp;juror…</translation>
    </message>
    <message>
        <source>Package {id}, version {version}, signed by {fp}</source>
        <translation>Package {id}, version {version}, signed by {fp}</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Open package</translation>
    </message>
    <message>
        <source>Version {version} is used from now on; the results given so far still count.</source>
        <translation>Version {version} is used from now on; the results given so far still count.</translation>
    </message>
    <message>
        <source>That is an older version of the package open, so version {version} stays in use.</source>
        <translation>That is an older version of the package open, so version {version} stays in use.</translation>
    </message>
    <message>
        <source>Keys to accept again</source>
        <translation>Keys to accept again</translation>
    </message>
    <message>
        <source>An earlier version of Juri accepted these keys for no juror in particular: {fps}.

A key now counts for one juror only, so they count for nobody until you accept each again: compare its fingerprint with the jurors&apos; signed evaluation sheets, select a file of that juror signed by it on the Files tab, and choose &quot;Accept this key&quot;.</source>
        <translation>An earlier version of Juri accepted these keys for no juror in particular: {fps}.

A key now counts for one juror only, so they count for nobody until you accept each again: compare its fingerprint with the jurors&apos; signed evaluation sheets, select a file of that juror signed by it on the Files tab, and choose &quot;Accept this key&quot;.</translation>
    </message>
    <message>
        <source>Import result files</source>
        <translation>Import result files</translation>
    </message>
    <message>
        <source>Result and merged files (*.json);;All files (*)</source>
        <translation>Result and merged files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Import a folder of result files</source>
        <translation>Import a folder of result files</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>Imported: {read} file(s) read, {new} new.</source>
        <translation>Imported: {read} file(s) read, {new} new.</translation>
    </message>
    <message>
        <source>Checking and merging the results …</source>
        <translation>Checking and merging the results …</translation>
    </message>
    <message>
        <source>Merging …</source>
        <translation>Merging …</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Accept an unknown key</source>
        <translation>Accept an unknown key</translation>
    </message>
    <message>
        <source>The file {name} has a valid signature by a key the package&apos;s roster does not have for juror {juror}.

Key fingerprint: {fp}

Accept it only if this fingerprint is the one on juror {juror}&apos;s signed evaluation sheet. The key will count for juror {juror} only. The decision is recorded in the merge store and in the merged file.</source>
        <translation>The file {name} has a valid signature by a key the package&apos;s roster does not have for juror {juror}.

Key fingerprint: {fp}

Accept it only if this fingerprint is the one on juror {juror}&apos;s signed evaluation sheet. The key will count for juror {juror} only. The decision is recorded in the merge store and in the merged file.</translation>
    </message>
    <message>
        <source>Key {fp} accepted for juror {juror}; merged again.</source>
        <translation>Key {fp} accepted for juror {juror}; merged again.</translation>
    </message>
    <message>
        <source>&amp;Accept the key</source>
        <translation>&amp;Accept the key</translation>
    </message>
    <message>
        <source>Covera&amp;ge</source>
        <translation>Covera&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Passing grade:</source>
        <translation>&amp;Passing grade:</translation>
    </message>
    <message numerus="yes">
        <source>Already imported: %n file(s) ({names}).</source>
        <translation>
            <numerusform>Already imported: %n file ({names}).</numerusform>
            <numerusform>Already imported: %n files ({names}).</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted in the chair&apos;s window for {name}</source>
        <translation>accepted in the chair&apos;s window for {name}</translation>
    </message>
    <message>
        <source>Merging with the accepted key …</source>
        <translation>Merging with the accepted key …</translation>
    </message>
    <message>
        <source>Ranking again …</source>
        <translation>Ranking again …</translation>
    </message>
    <message>
        <source>Select the submission in Ranking or Disagreements first.</source>
        <translation>Select the submission in Ranking or Disagreements first.</translation>
    </message>
    <message>
        <source>Export signed merged file</source>
        <translation>Export signed merged file</translation>
    </message>
    <message>
        <source>Merged files (*.json)</source>
        <translation>Merged files (*.json)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Merged file written: {path} (SHA-256 {sha})</source>
        <translation>Merged file written: {path} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>Export ranking as XLSX</source>
        <translation>Export ranking as XLSX</translation>
    </message>
    <message>
        <source>Export ranking as CSV</source>
        <translation>Export ranking as CSV</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save the assignments for the secretariat</source>
        <translation>Save the assignments for the secretariat</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <source>Exported: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The signed record</source>
        <translation>The signed record</translation>
    </message>
    <message>
        <source>The record prints the ranking the chair signed. Export the signed merged file first (File → Export signed merged file…), then print the record.</source>
        <translation>The record prints the ranking the chair signed. Export the signed merged file first (File → Export signed merged file…), then print the record.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Print the signed record</source>
        <translation>Print the signed record</translation>
    </message>
    <message>
        <source>Save the signed record as PDF</source>
        <translation>Save the signed record as PDF</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot read the passphrase file {path}: {error}</source>
        <translation>Cannot read the passphrase file {path}: {error}</translation>
    </message>
    <message>
        <source>A passphrase is needed: run in a terminal, or give --passphrase-file.</source>
        <translation>A passphrase is needed: run in a terminal, or give --passphrase-file.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>The two passphrases differ; nothing was changed.</translation>
    </message>
    <message>
        <source>{name} is signed by key {actual}, not by {expected}.</source>
        <translation>{name} is signed by key {actual}, not by {expected}.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>read the passphrase from this file instead of asking (or set JURI_PASSPHRASE)</source>
        <translation>read the passphrase from this file instead of asking (or set JURI_PASSPHRASE)</translation>
    </message>
    <message>
        <source>{text} {problem}</source>
        <translation>{text} {problem}</translation>
    </message>
    <message>
        <source>make a ready demo competition</source>
        <translation>make a ready demo competition</translation>
    </message>
    <message>
        <source>measure Juri&apos;s speed on a synthetic competition</source>
        <translation>measure Juri&apos;s speed on a synthetic competition</translation>
    </message>
    <message>
        <source>Make a synthetic competition (signed package, juror workspace, every panel juror&apos;s signed result file) and time each step: package build and verify against raw SHA-256, opening the workspace, saving score changes, export and verify, the chair&apos;s merge (with the same aggregation in pandas when it is installed), blank sheets, the juror&apos;s window offscreen, the app&apos;s start, small commands (juri --version, result show, score set), and the peak memory of the window and of juri merge. Nothing outside a temporary folder is touched.</source>
        <translation>Make a synthetic competition (signed package, juror workspace, every panel juror&apos;s signed result file) and time each step: package build and verify against raw SHA-256, opening the workspace, saving score changes, export and verify, the chair&apos;s merge (with the same aggregation in pandas when it is installed), blank sheets, the juror&apos;s window offscreen, the app&apos;s start, small commands (juri --version, result show, score set), and the peak memory of the window and of juri merge. Nothing outside a temporary folder is touched.</translation>
    </message>
    <message>
        <source>a small competition, for a quick check</source>
        <translation>a small competition, for a quick check</translation>
    </message>
    <message>
        <source>submissions (default: {n})</source>
        <translation>submissions (default: {n})</translation>
    </message>
    <message>
        <source>criteria in the rubric (default: {n})</source>
        <translation>criteria in the rubric (default: {n})</translation>
    </message>
    <message>
        <source>jurors in the panel (default: {n})</source>
        <translation>jurors in the panel (default: {n})</translation>
    </message>
    <message>
        <source>jurors scoring each submission (default: {n})</source>
        <translation>jurors scoring each submission (default: {n})</translation>
    </message>
    <message>
        <source>size of each proposal file in KB (default: {n})</source>
        <translation>size of each proposal file in KB (default: {n})</translation>
    </message>
    <message>
        <source>score changes to time (default: {n})</source>
        <translation>score changes to time (default: {n})</translation>
    </message>
    <message>
        <source>blank sheets to render (default: {n})</source>
        <translation>blank sheets to render (default: {n})</translation>
    </message>
    <message>
        <source>skip the juror&apos;s window (no Qt GUI needed)</source>
        <translation>skip the juror&apos;s window (no Qt GUI needed)</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>make everything in this new folder and keep it (default: a temporary folder)</source>
        <translation>make everything in this new folder and keep it (default: a temporary folder)</translation>
    </message>
    <message>
        <source>print one JSON report</source>
        <translation>print one JSON report</translation>
    </message>
    <message>
        <source>Every count must be 1 or more.</source>
        <translation>Every count must be 1 or more.</translation>
    </message>
    <message>
        <source>--per-submission cannot be larger than --jurors.</source>
        <translation>--per-submission cannot be larger than --jurors.</translation>
    </message>
    <message>
        <source>{path} is not empty; give a new folder.</source>
        <translation>{path} is not empty; give a new folder.</translation>
    </message>
    <message>
        <source>… {step}</source>
        <translation>… {step}</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Make a complete KIPP-like demo in FOLDER: the secretariat&apos;s key, four jurors with workspaces and keys, sixteen proposals, the 2023 rubric and a signed package. With --simulate every juror also scores and exports a signed result file. With --rounds the competition goes on as KIPP does: the desk round by pairs, a third juror where the chair&apos;s merge flags a submission, the shortlist to the interview round, its best to the field round (with a photo from the visit), and the chair&apos;s signed final line-up.</source>
        <translation>Make a complete KIPP-like demo in FOLDER: the secretariat&apos;s key, four jurors with workspaces and keys, sixteen proposals, the 2023 rubric and a signed package. With --simulate every juror also scores and exports a signed result file. With --rounds the competition goes on as KIPP does: the desk round by pairs, a third juror where the chair&apos;s merge flags a submission, the shortlist to the interview round, its best to the field round (with a photo from the visit), and the chair&apos;s signed final line-up.</translation>
    </message>
    <message>
        <source>let the four jurors score and export signed results</source>
        <translation>let the four jurors score and export signed results</translation>
    </message>
    <message>
        <source>carry the competition through every round to the final line-up (implies --simulate)</source>
        <translation>carry the competition through every round to the final line-up (implies --simulate)</translation>
    </message>
    <message>
        <source>then open the juror&apos;s app as the demo&apos;s first juror</source>
        <translation>then open the juror&apos;s app as the demo&apos;s first juror</translation>
    </message>
    <message>
        <source>replace an earlier Juri demo in FOLDER</source>
        <translation>replace an earlier Juri demo in FOLDER</translation>
    </message>
    <message>
        <source>Demo ready in {folder}</source>
        <translation>Demo ready in {folder}</translation>
    </message>
    <message>
        <source>Package: {path}</source>
        <translation>Package: {path}</translation>
    </message>
    <message>
        <source>Secretariat key fingerprint: {fp}</source>
        <translation>Secretariat key fingerprint: {fp}</translation>
    </message>
    <message>
        <source>Passphrase of every demo key: {passphrase}</source>
        <translation>Passphrase of every demo key: {passphrase}</translation>
    </message>
    <message>
        <source>Juror {id}: juri --workspace {folder} score list</source>
        <translation>Juror {id}: juri --workspace {folder} score list</translation>
    </message>
    <message>
        <source>Result: {path}</source>
        <translation>Result: {path}</translation>
    </message>
    <message>
        <source>To open the app as juror J01: juri --workspace {folder}</source>
        <translation>To open the app as juror J01: juri --workspace {folder}</translation>
    </message>
    <message>
        <source>Third juror: {juror} for {code}</source>
        <translation>Third juror: {juror} for {code}</translation>
    </message>
    <message>
        <source>Package ({round}): {path}</source>
        <translation>Package ({round}): {path}</translation>
    </message>
    <message>
        <source>Merged file ({round}): {path}</source>
        <translation>Merged file ({round}): {path}</translation>
    </message>
    <message>
        <source>Chair&apos;s key fingerprint: {fp}</source>
        <translation>Chair&apos;s key fingerprint: {fp}</translation>
    </message>
    <message>
        <source>Final line-up: {path}</source>
        <translation>Final line-up: {path}</translation>
    </message>
    <message>
        <source>Check it: cd {folder} &amp;&amp; juri final verify {final} {merged} {packages} --rubric {rubric}</source>
        <translation>Check it: cd {folder} &amp;&amp; juri final verify {final} {merged} {packages} --rubric {rubric}</translation>
    </message>
    <message>
        <source>make and show signing keys</source>
        <translation>make and show signing keys</translation>
    </message>
    <message>
        <source>Ed25519 signing keys. A juror&apos;s key lives in the workspace; the secretariat keeps its own key in a file.</source>
        <translation>Ed25519 signing keys. A juror&apos;s key lives in the workspace; the secretariat keeps its own key in a file.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>make a new key pair</source>
        <translation>make a new key pair</translation>
    </message>
    <message>
        <source>Make a key pair. With --out, write it to a file (the secretariat&apos;s key); without, make this workspace&apos;s juror key (needs --juror-id and --name).</source>
        <translation>Make a key pair. With --out, write it to a file (the secretariat&apos;s key); without, make this workspace&apos;s juror key (needs --juror-id and --name).</translation>
    </message>
    <message>
        <source>write the encrypted private key here (a .pub.json public key file is written next to it)</source>
        <translation>write the encrypted private key here (a .pub.json public key file is written next to it)</translation>
    </message>
    <message>
        <source>a name for the key, e.g. &apos;Sekretariat KIPP&apos;</source>
        <translation>a name for the key, e.g. &apos;Sekretariat KIPP&apos;</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>your juror id, as the secretariat gave it</source>
        <translation>your juror id, as the secretariat gave it</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>your full name</translation>
    </message>
    <message>
        <source>show a key&apos;s fingerprint and public key</source>
        <translation>show a key&apos;s fingerprint and public key</translation>
    </message>
    <message>
        <source>KEYFILE</source>
        <translation>KEYFILE</translation>
    </message>
    <message>
        <source>a private or public key file (default: this workspace&apos;s key)</source>
        <translation>a private or public key file (default: this workspace&apos;s key)</translation>
    </message>
    <message>
        <source>write the public key file to give to the secretariat</source>
        <translation>write the public key file to give to the secretariat</translation>
    </message>
    <message>
        <source>a private key file (default: this workspace&apos;s key)</source>
        <translation>a private key file (default: this workspace&apos;s key)</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>the public key file or a folder to write it into</source>
        <translation>the public key file or a folder to write it into</translation>
    </message>
    <message>
        <source>check that a passphrase opens a key</source>
        <translation>check that a passphrase opens a key</translation>
    </message>
    <message>
        <source>{path} exists already; a key is never overwritten.</source>
        <translation>{path} exists already; a key is never overwritten.</translation>
    </message>
    <message>
        <source>The label {problem}.</source>
        <translation>The label {problem}.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Private key: {path}</source>
        <translation>Private key: {path}</translation>
    </message>
    <message>
        <source>Public key file: {path}</source>
        <translation>Public key file: {path}</translation>
    </message>
    <message>
        <source>Fingerprint: {fp}</source>
        <translation>Fingerprint: {fp}</translation>
    </message>
    <message>
        <source>Give --juror-id and --name for your juror key, or --out FILE for a key file.</source>
        <translation>Give --juror-id and --name for your juror key, or --out FILE for a key file.</translation>
    </message>
    <message>
        <source>Juror key made for {name} ({id}).</source>
        <translation>Juror key made for {name} ({id}).</translation>
    </message>
    <message>
        <source>Public key file for the secretariat: {path}</source>
        <translation>Public key file for the secretariat: {path}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>Label: {label}</translation>
    </message>
    <message>
        <source>Public key (base64): {key}</source>
        <translation>Public key (base64): {key}</translation>
    </message>
    <message>
        <source>{path} holds another key; Juri never writes over a key. Give another output file.</source>
        <translation>{path} holds another key; Juri never writes over a key. Give another output file.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>The passphrase opens the key {fp}.</source>
        <translation>The passphrase opens the key {fp}.</translation>
    </message>
    <message>
        <source>Juri: offline scoring for the jurors of public-service innovation competitions (KIPP).</source>
        <translation>Juri: offline scoring for the jurors of public-service innovation competitions (KIPP).</translation>
    </message>
    <message>
        <source>show Juri&apos;s version and exit</source>
        <translation>show Juri&apos;s version and exit</translation>
    </message>
    <message>
        <source>language of messages: id (Indonesian, the default) or en</source>
        <translation>language of messages: id (Indonesian, the default) or en</translation>
    </message>
    <message>
        <source>the juror workspace folder (default: your data folder, or $JURI_HOME)</source>
        <translation>the juror workspace folder (default: your data folder, or $JURI_HOME)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>juri: a file could not be read or written: {problem}{where}. Any earlier file there is unchanged.</source>
        <translation>juri: a file could not be read or written: {problem}{where}. Any earlier file there is unchanged.</translation>
    </message>
    <message>
        <source>juri: {message}</source>
        <translation>juri: {message}</translation>
    </message>
    <message>
        <source>juri: interrupted; nothing was left half-written.</source>
        <translation>juri: interrupted; nothing was left half-written.</translation>
    </message>
    <message>
        <source>build, verify and describe submission packages</source>
        <translation>build, verify and describe submission packages</translation>
    </message>
    <message>
        <source>build and sign a submission package</source>
        <translation>build and sign a submission package</translation>
    </message>
    <message>
        <source>Turn a submissions spreadsheet, a folder of proposal PDFs, a rubric file and a roster into one signed package for one round.</source>
        <translation>Turn a submissions spreadsheet, a folder of proposal PDFs, a rubric file and a roster into one signed package for one round.</translation>
    </message>
    <message>
        <source>folder holding the PDFs (and videos) the spreadsheet names</source>
        <translation>folder holding the PDFs (and videos) the spreadsheet names</translation>
    </message>
    <message>
        <source>the competition&apos;s rubric file</source>
        <translation>the competition&apos;s rubric file</translation>
    </message>
    <message>
        <source>which round of the rubric file (needed when it has several)</source>
        <translation>which round of the rubric file (needed when it has several)</translation>
    </message>
    <message>
        <source>jurors: columns id, name, public_key (base64, or a public key file name)</source>
        <translation>jurors: columns id, name, public_key (base64, or a public key file name)</translation>
    </message>
    <message>
        <source>pairs juror_id, submission (default: every juror scores every submission)</source>
        <translation>pairs juror_id, submission (default: every juror scores every submission)</translation>
    </message>
    <message>
        <source>the secretariat&apos;s private key file</source>
        <translation>the secretariat&apos;s private key file</translation>
    </message>
    <message>
        <source>the secretariat&apos;s name as jurors will see it (default: the key&apos;s label)</source>
        <translation>the secretariat&apos;s name as jurors will see it (default: the key&apos;s label)</translation>
    </message>
    <message>
        <source>the package id (default: competition-round-random)</source>
        <translation>the package id (default: competition-round-random)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>the package title shown to jurors</source>
        <translation>the package title shown to jurors</translation>
    </message>
    <message>
        <source>merge the jurors&apos; result files into a signed ranking (panel chair)</source>
        <translation>merge the jurors&apos; result files into a signed ranking (panel chair)</translation>
    </message>
    <message>
        <source>Check every result file (and earlier merged files) against the package, keep each juror&apos;s newest genuine result, rank the submissions, flag disagreements, measure reliability, and write the merged file signed with the chair&apos;s key. Every file is listed with its status and the reason.</source>
        <translation>Check every result file (and earlier merged files) against the package, keep each juror&apos;s newest genuine result, rank the submissions, flag disagreements, measure reliability, and write the merged file signed with the chair&apos;s key. Every file is listed with its status and the reason.</translation>
    </message>
    <message>
        <source>open the panel chair&apos;s window: import, verify, merge and rank results</source>
        <translation>open the panel chair&apos;s window: import, verify, merge and rank results</translation>
    </message>
    <message>
        <source>Open the panel chair&apos;s window on the package the results are for, and import result files, merged files or folders of them. Imported files and the chair&apos;s decisions are kept in the merge store (a SQLite file in Juri&apos;s data folder, or the shared database named by the merge_store setting), so the next start shows them again. Without --package, the package opened last is opened again.</source>
        <translation>Open the panel chair&apos;s window on the package the results are for, and import result files, merged files or folders of them. Imported files and the chair&apos;s decisions are kept in the merge store (a SQLite file in Juri&apos;s data folder, or the shared database named by the merge_store setting), so the next start shows them again. Without --package, the package opened last is opened again.</translation>
    </message>
    <message>
        <source>RESULT_OR_DIR</source>
        <translation>RESULT_OR_DIR</translation>
    </message>
    <message>
        <source>result files, merged files, or folders of them</source>
        <translation>result files, merged files, or folders of them</translation>
    </message>
    <message>
        <source>The chair&apos;s window is a desktop window: start it with the juri program (&apos;juri chair&apos;), not through the command-line module.</source>
        <translation>The chair&apos;s window is a desktop window: start it with the juri program (&apos;juri chair&apos;), not through the command-line module.</translation>
    </message>
    <message>
        <source>PKG</source>
        <translation>PKG</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>the merged file to write</source>
        <translation>the merged file to write</translation>
    </message>
    <message>
        <source>CHAIR_KEY</source>
        <translation>CHAIR_KEY</translation>
    </message>
    <message>
        <source>the chair&apos;s private key file (default: this workspace&apos;s key)</source>
        <translation>the chair&apos;s private key file (default: this workspace&apos;s key)</translation>
    </message>
    <message>
        <source>for --method trimmed: totals dropped at each end (default: 1)</source>
        <translation>for --method trimmed: totals dropped at each end (default: 1)</translation>
    </message>
    <message>
        <source>JUROR_ID=FINGERPRINT</source>
        <translation>JUROR_ID=FINGERPRINT</translation>
    </message>
    <message>
        <source>accept results of this juror signed by this key although the roster has another key for the juror (compare it with the fingerprint on the juror&apos;s signed paper sheet first); the key counts for that juror only; may be repeated</source>
        <translation>accept results of this juror signed by this key although the roster has another key for the juror (compare it with the fingerprint on the juror&apos;s signed paper sheet first); the key counts for that juror only; may be repeated</translation>
    </message>
    <message>
        <source>flag submissions whose jurors&apos; totals differ by more than N points (default: 20)</source>
        <translation>flag submissions whose jurors&apos; totals differ by more than N points (default: 20)</translation>
    </message>
    <message>
        <source>the passing grade, compared with the mean of the jurors&apos; weighted totals whatever the method (default: the round&apos;s)</source>
        <translation>the passing grade, compared with the mean of the jurors&apos; weighted totals whatever the method (default: the round&apos;s)</translation>
    </message>
    <message>
        <source>complete evaluations a submission needs to be ranked and to pass (default: the round&apos;s, usually 2)</source>
        <translation>complete evaluations a submission needs to be ranked and to pass (default: the round&apos;s, usually 2)</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>also write the ranking and its details as XLSX</source>
        <translation>also write the ranking and its details as XLSX</translation>
    </message>
    <message>
        <source>keep the files and decisions in a merge store (a SQLite file, or a SQLAlchemy URL such as postgresql+psycopg://user@host/db) and merge everything kept there</source>
        <translation>keep the files and decisions in a merge store (a SQLite file, or a SQLAlchemy URL such as postgresql+psycopg://user@host/db) and merge everything kept there</translation>
    </message>
    <message>
        <source>how many places of the ranking to print (default: 10)</source>
        <translation>how many places of the ranking to print (default: 10)</translation>
    </message>
    <message>
        <source>{option} needs a number, not &apos;{value}&apos;.</source>
        <translation>{option} needs a number, not &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>--accept-key needs the juror whose signed paper sheet shows the key, as JUROR_ID=FINGERPRINT: for example --accept-key J02={fingerprint}. The key then counts for that juror only.</source>
        <translation>--accept-key needs the juror whose signed paper sheet shows the key, as JUROR_ID=FINGERPRINT: for example --accept-key J02={fingerprint}. The key then counts for that juror only.</translation>
    </message>
    <message>
        <source>Passphrase of the key: </source>
        <translation>Passphrase of the key: </translation>
    </message>
    <message>
        <source>The merged file must be signed: give the chair&apos;s key with --key FILE (make one with &apos;juri keys new --out chair.key&apos;).</source>
        <translation>The merged file must be signed: give the chair&apos;s key with --key FILE (make one with &apos;juri keys new --out chair.key&apos;).</translation>
    </message>
    <message>
        <source>Give result files or folders to merge (or --store to merge a store).</source>
        <translation>Give result files or folders to merge (or --store to merge a store).</translation>
    </message>
    <message>
        <source>accepted with juri merge --accept-key</source>
        <translation>accepted with juri merge --accept-key</translation>
    </message>
    <message>
        <source>Give the newest version of the package with --package (results made for its earlier versions count under it); nothing was written.</source>
        <translation>Give the newest version of the package with --package (results made for its earlier versions count under it); nothing was written.</translation>
    </message>
    <message>
        <source>No result file was accepted, so there is nothing to merge; see the reasons above.</source>
        <translation>No result file was accepted, so there is nothing to merge; see the reasons above.</translation>
    </message>
    <message>
        <source>{first} and {other} are not versions of one package (made by juri package amend from one another): give --package again only for the versions of the package the results are for. Nothing was written.</source>
        <translation>{first} and {other} are not versions of one package (made by juri package amend from one another): give --package again only for the versions of the package the results are for. Nothing was written.</translation>
    </message>
    <message>
        <source>Note: the key {fp} was accepted by an earlier version of Juri for no juror in particular, and counts for nobody now. Compare it with the jurors&apos; signed paper sheets and accept it again for its juror: --accept-key JUROR_ID={fp}.</source>
        <translation>Note: the key {fp} was accepted by an earlier version of Juri for no juror in particular, and counts for nobody now. Compare it with the jurors&apos; signed paper sheets and accept it again for its juror: --accept-key JUROR_ID={fp}.</translation>
    </message>
    <message>
        <source>Note: no file of juror {juror} is signed by the key {fp} accepted for them.</source>
        <translation>Note: no file of juror {juror} is signed by the key {fp} accepted for them.</translation>
    </message>
    <message>
        <source>Coverage: {complete} complete, {progress} in progress, {blank} not started, {recused} recused, {missing} missing (of {total} assigned)</source>
        <translation>Coverage: {complete} complete, {progress} in progress, {blank} not started, {recused} recused, {missing} missing (of {total} assigned)</translation>
    </message>
    <message>
        <source>Nothing is ranked.</source>
        <translation>Nothing is ranked.</translation>
    </message>
    <message>
        <source>equal at two decimals</source>
        <translation>equal at two decimals</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>tie</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>the package file the results are for; give it again for each version of it you hold (juri package amend): the newest is used, and results made for the earlier ones count under it</source>
        <translation>the package file the results are for; give it again for each version of it you hold (juri package amend): the newest is used, and results made for the earlier ones count under it</translation>
    </message>
    <message>
        <source>how jurors&apos; totals combine: {words} (default: mean)</source>
        <translation>how jurors&apos; totals combine: {words} (default: mean)</translation>
    </message>
    <message>
        <source>comma-separated tie-break order: criterion codes, &apos;weights&apos; or &apos;bobot&apos; (heaviest criterion first) and &apos;evaluations&apos; or &apos;penilaian&apos; (more complete evaluations first); default: weights,evaluations</source>
        <translation>comma-separated tie-break order: criterion codes, &apos;weights&apos; or &apos;bobot&apos; (heaviest criterion first) and &apos;evaluations&apos; or &apos;penilaian&apos; (more complete evaluations first); default: weights,evaluations</translation>
    </message>
    <message>
        <source>also write the ranking as CSV for programs (UTF-8, commas, decimal points)</source>
        <translation>also write the ranking as CSV for programs (UTF-8, commas, decimal points)</translation>
    </message>
    <message>
        <source>also write the ranking as CSV that Excel set to Indonesian opens directly (UTF-8 with BOM, semicolons, decimal commas)</source>
        <translation>also write the ranking as CSV that Excel set to Indonesian opens directly (UTF-8 with BOM, semicolons, decimal commas)</translation>
    </message>
    <message>
        <source>Ranking ({method}; no passing grade in this round; complete evaluations needed: {minimum}):</source>
        <translation>Ranking ({method}; no passing grade in this round; complete evaluations needed: {minimum}):</translation>
    </message>
    <message>
        <source>Ranking ({method}; passing grade {grade}, applied {rule}; complete evaluations needed: {minimum}):</source>
        <translation>Ranking ({method}; passing grade {grade}, applied {rule}; complete evaluations needed: {minimum}):</translation>
    </message>
    <message>
        <source>by {key}</source>
        <translation>by {key}</translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>mean {mean}</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passes</translation>
    </message>
    <message>
        <source>Below the minimum number of complete evaluations ({minimum}):</source>
        <translation>Below the minimum number of complete evaluations ({minimum}):</translation>
    </message>
    <message>
        <source>Disagreements (totals more than {n} points apart):</source>
        <translation>Disagreements (totals more than {n} points apart):</translation>
    </message>
    <message>
        <source>{spread} points ({low} {low_total} – {high} {high_total}): {suggestion}</source>
        <translation>{spread} points ({low} {low_total} – {high} {high_total}): {suggestion}</translation>
    </message>
    <message>
        <source>No disagreements above {n} points.</source>
        <translation>No disagreements above {n} points.</translation>
    </message>
    <message>
        <source>Reliability (Krippendorff&apos;s alpha, interval; ICC):</source>
        <translation>Reliability (Krippendorff&apos;s alpha, interval; ICC):</translation>
    </message>
    <message>
        <source>weighted total</source>
        <translation>weighted total</translation>
    </message>
    <message>
        <source>Merged file written: {path} (SHA-256 {sha})</source>
        <translation>Merged file written: {path} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>the package file to write (.juripkg)</source>
        <translation>the package file to write (.juripkg)</translation>
    </message>
    <message>
        <source>verify a package completely</source>
        <translation>verify a package completely</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERPRINT</translation>
    </message>
    <message>
        <source>refuse unless the package is signed by this secretariat key</source>
        <translation>refuse unless the package is signed by this secretariat key</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>verify a package and describe it</source>
        <translation>verify a package and describe it</translation>
    </message>
    <message>
        <source>Passphrase of the secretariat key: </source>
        <translation>Passphrase of the secretariat key: </translation>
    </message>
    <message>
        <source>Package written: {path}</source>
        <translation>Package written: {path}</translation>
    </message>
    <message>
        <source>Package id: {id}</source>
        <translation>Package id: {id}</translation>
    </message>
    <message>
        <source>spreadsheet with columns code, title, agency, group, cluster, category, video_url, proposal (and optionally video_file), in English or Indonesian (kode, judul, instansi, kelompok, kluster, kategori, tautan_video, berkas_proposal)</source>
        <translation>spreadsheet with columns code, title, agency, group, cluster, category, video_url, proposal (and optionally video_file), in English or Indonesian (kode, judul, instansi, kelompok, kluster, kategori, tautan_video, berkas_proposal)</translation>
    </message>
    <message>
        <source>a new version of a package with more jurors or assignments (a third juror)</source>
        <translation>a new version of a package with more jurors or assignments (a third juror)</translation>
    </message>
    <message>
        <source>Write the next version of a package: the same id, submissions, files, rubric and round, with the assignments (and jurors) given added. Nothing can be removed or changed, so every result made for an earlier version still counts. Signed with the secretariat key that signed the package; jurors open the new version in place of the old one and keep their work.</source>
        <translation>Write the next version of a package: the same id, submissions, files, rubric and round, with the assignments (and jurors) given added. Nothing can be removed or changed, so every result made for an earlier version still counts. Signed with the secretariat key that signed the package; jurors open the new version in place of the old one and keep their work.</translation>
    </message>
    <message>
        <source>the package to amend (its newest version)</source>
        <translation>the package to amend (its newest version)</translation>
    </message>
    <message>
        <source>pairs juror_id, submission to add (rows already in the package are accepted and change nothing), e.g. the file the chair&apos;s window writes for a third juror</source>
        <translation>pairs juror_id, submission to add (rows already in the package are accepted and change nothing), e.g. the file the chair&apos;s window writes for a third juror</translation>
    </message>
    <message>
        <source>jurors to add: columns id, name, public_key (jurors already in the package may be listed, unchanged)</source>
        <translation>jurors to add: columns id, name, public_key (jurors already in the package may be listed, unchanged)</translation>
    </message>
    <message>
        <source>the new version to write (another file)</source>
        <translation>the new version to write (another file)</translation>
    </message>
    <message>
        <source>the next round&apos;s package from a round&apos;s signed merged file (the shortlist)</source>
        <translation>the next round&apos;s package from a round&apos;s signed merged file (the shortlist)</translation>
    </message>
    <message>
        <source>Check the chair&apos;s signed merged file and recompute its ranking, take the submissions the rule names (only ranked ones), and write the next round&apos;s package with their files as they were, the round&apos;s criteria from the rubric file, its jurors, and its origin: the earlier package, the merged file&apos;s SHA-256 and the chair&apos;s key. A cut that would split submissions nothing separates is refused unless --include-ties takes them all.</source>
        <translation>Check the chair&apos;s signed merged file and recompute its ranking, take the submissions the rule names (only ranked ones), and write the next round&apos;s package with their files as they were, the round&apos;s criteria from the rubric file, its jurors, and its origin: the earlier package, the merged file&apos;s SHA-256 and the chair&apos;s key. A cut that would split submissions nothing separates is refused unless --include-ties takes them all.</translation>
    </message>
    <message>
        <source>the chair&apos;s signed merged file of the round</source>
        <translation>the chair&apos;s signed merged file of the round</translation>
    </message>
    <message>
        <source>the round&apos;s package the merged file was made with</source>
        <translation>the round&apos;s package the merged file was made with</translation>
    </message>
    <message>
        <source>the next round of the rubric file</source>
        <translation>the next round of the rubric file</translation>
    </message>
    <message>
        <source>the first N places overall</source>
        <translation>the first N places overall</translation>
    </message>
    <message>
        <source>every ranked submission that passes the passing grade (alone)</source>
        <translation>every ranked submission that passes the passing grade (alone)</translation>
    </message>
    <message>
        <source>the first N places in each group (with --top: both)</source>
        <translation>the first N places in each group (with --top: both)</translation>
    </message>
    <message>
        <source>the first N places in each cluster (with --top: both)</source>
        <translation>the first N places in each cluster (with --top: both)</translation>
    </message>
    <message>
        <source>take every submission tied at a cut (otherwise such a cut is refused)</source>
        <translation>take every submission tied at a cut (otherwise such a cut is refused)</translation>
    </message>
    <message>
        <source>the next round&apos;s jurors: columns id, name, public_key</source>
        <translation>the next round&apos;s jurors: columns id, name, public_key</translation>
    </message>
    <message>
        <source>the package id (default: competition-round)</source>
        <translation>the package id (default: competition-round)</translation>
    </message>
    <message>
        <source>refuse unless the merged file is signed by this chair&apos;s key</source>
        <translation>refuse unless the merged file is signed by this chair&apos;s key</translation>
    </message>
    <message>
        <source>{n} submissions, {files} files ({size}), {jurors} jurors, {assignments} assignments.</source>
        <translation>{n} submissions, {files} files ({size}), {jurors} jurors, {assignments} assignments.</translation>
    </message>
    <message>
        <source>Signed by {name}, key fingerprint {fp}</source>
        <translation>Signed by {name}, key fingerprint {fp}</translation>
    </message>
    <message>
        <source>Check %n warning(s) before sending the package:</source>
        <translation>Check %n warning(s) before sending the package:</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of places (a whole number from 1 to {most})</source>
        <translation>&apos;{value}&apos; is not a number of places (a whole number from 1 to {most})</translation>
    </message>
    <message>
        <source>Version {version} of package {id} written: {path}</source>
        <translation>Version {version} of package {id} written: {path}</translation>
    </message>
    <message>
        <source>It adds %n assignment(s):</source>
        <translation>It adds %n assignment(s):</translation>
    </message>
    <message>
        <source>and %n juror(s): {ids}</source>
        <translation>and %n juror(s): {ids}</translation>
    </message>
    <message>
        <source>Results made for version {old} still count. Send the new version to the jurors (they open it in place of the old one and keep their work) and to the chair.</source>
        <translation>Results made for version {old} still count. Send the new version to the jurors (they open it in place of the old one and keep their work) and to the chair.</translation>
    </message>
    <message>
        <source>Say which submissions go on: --top N, --passing, --top-per-group N or --top-per-cluster N.</source>
        <translation>Say which submissions go on: --top N, --passing, --top-per-group N or --top-per-cluster N.</translation>
    </message>
    <message>
        <source>--passing stands alone: it takes every ranked submission that passes, however many; leave out --top, --top-per-group and --top-per-cluster.</source>
        <translation>--passing stands alone: it takes every ranked submission that passes, however many; leave out --top, --top-per-group and --top-per-cluster.</translation>
    </message>
    <message>
        <source>Shortlist ({rule}): %n submission(s).</source>
        <translation>Shortlist ({rule}): %n submission(s).</translation>
    </message>
    <message>
        <source>From package {id} (manifest {manifest}), ranked in the merged file {merged} (SHA-256 {sha}) signed by the chair&apos;s key {fp}.</source>
        <translation>From package {id} (manifest {manifest}), ranked in the merged file {merged} (SHA-256 {sha}) signed by the chair&apos;s key {fp}.</translation>
    </message>
    <message>
        <source>VALID: package {id} is complete and signed by {name} (key {fp}).</source>
        <translation>VALID: package {id} is complete and signed by {name} (key {fp}).</translation>
    </message>
    <message>
        <source>Compare the key&apos;s fingerprint with the one the secretariat gave you.</source>
        <translation>Compare the key&apos;s fingerprint with the one the secretariat gave you.</translation>
    </message>
    <message>
        <source>Competition: {name} ({year})</source>
        <translation>Competition: {name} ({year})</translation>
    </message>
    <message>
        <source>Round: {name} ({kind})</source>
        <translation>Round: {name} ({kind})</translation>
    </message>
    <message>
        <source>Passing grade: {grade}</source>
        <translation>Passing grade: {grade}</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Created: {when}</translation>
    </message>
    <message>
        <source>Secretariat: {name}, key {fp}</source>
        <translation>Secretariat: {name}, key {fp}</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Criteria:</translation>
    </message>
    <message>
        <source>Jurors:</source>
        <translation>Jurors:</translation>
    </message>
    <message>
        <source>{id:&lt;8} {name} — key {fp}, {n} submissions</source>
        <translation>{id:&lt;8} {name} — key {fp}, {n} submissions</translation>
    </message>
    <message>
        <source>Submissions: {n} ({size} of files), groups: {groups}; clusters: {clusters}</source>
        <translation>Submissions: {n} ({size} of files), groups: {groups}; clusters: {clusters}</translation>
    </message>
    <message>
        <source>{range}, step {step}</source>
        <translation>{range}, step {step}</translation>
    </message>
    <message>
        <source>Version: {version} (manifest SHA-256 {sha})</source>
        <translation>Version: {version} (manifest SHA-256 {sha})</translation>
    </message>
    <message>
        <source>amends version {version}: manifest {sha}</source>
        <translation>amends version {version}: manifest {sha}</translation>
    </message>
    <message>
        <source>Made from round {round} of package {id} (manifest {sha})</source>
        <translation>Made from round {round} of package {id} (manifest {sha})</translation>
    </message>
    <message>
        <source>ranked in the merged file with SHA-256 {sha}</source>
        <translation>ranked in the merged file with SHA-256 {sha}</translation>
    </message>
    <message>
        <source>signed by the chair&apos;s key {fp}</source>
        <translation>signed by the chair&apos;s key {fp}</translation>
    </message>
    <message>
        <source>shortlist: {rule}</source>
        <translation>shortlist: {rule}</translation>
    </message>
    <message>
        <source>export, verify and show signed result files</source>
        <translation>export, verify and show signed result files</translation>
    </message>
    <message>
        <source>sign and write your result file</source>
        <translation>sign and write your result file</translation>
    </message>
    <message>
        <source>Write your signed result file for a package. Every export gets a higher version number; the chair keeps the newest.</source>
        <translation>Write your signed result file for a package. Every export gets a higher version number; the chair keeps the newest.</translation>
    </message>
    <message>
        <source>the package id (may be left out when only one package is open)</source>
        <translation>the package id (may be left out when only one package is open)</translation>
    </message>
    <message>
        <source>a folder (default: here) or a file name</source>
        <translation>a folder (default: here) or a file name</translation>
    </message>
    <message>
        <source>check result files against their package</source>
        <translation>check result files against their package</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <source>the package file the results are for</source>
        <translation>the package file the results are for</translation>
    </message>
    <message>
        <source>show what a result file says</source>
        <translation>show what a result file says</translation>
    </message>
    <message>
        <source>Passphrase of your key: </source>
        <translation>Passphrase of your key: </translation>
    </message>
    <message>
        <source>Result file written: {path}</source>
        <translation>Result file written: {path}</translation>
    </message>
    <message>
        <source>Version {n}, {count} evaluations, SHA-256 {sha}</source>
        <translation>Version {n}, {count} evaluations, SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Note: %n evaluation(s) are not finished yet; export again when they are.</source>
        <translation>Note: %n evaluation(s) are not finished yet; export again when they are.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is too large to be a result file.</source>
        <translation>{path} is too large to be a result file.</translation>
    </message>
    <message>
        <source>{path} is not a readable result file: {problem}</source>
        <translation>{path} is not a readable result file: {problem}</translation>
    </message>
    <message>
        <source>Juror: {name} ({id}), key {fp}</source>
        <translation>Juror: {name} ({id}), key {fp}</translation>
    </message>
    <message>
        <source>Package: {id}, version {n}, made {when}</source>
        <translation>Package: {id}, version {n}, made {when}</translation>
    </message>
    <message>
        <source>Integrity pact: {state}</source>
        <translation>Integrity pact: {state}</translation>
    </message>
    <message>
        <source>interview: %n question(s) noted</source>
        <translation>interview: %n question(s) noted</translation>
    </message>
    <message>
        <source>evidence: {line}</source>
        <translation>evidence: {line}</translation>
    </message>
    <message>
        <source>This shows the content only; check it with &apos;juri result verify&apos;.</source>
        <translation>This shows the content only; check it with &apos;juri result verify&apos;.</translation>
    </message>
    <message>
        <source>enter and show scores without the GUI</source>
        <translation>enter and show scores without the GUI</translation>
    </message>
    <message>
        <source>your submissions and their status</source>
        <translation>your submissions and their status</translation>
    </message>
    <message>
        <source>one evaluation in full</source>
        <translation>one evaluation in full</translation>
    </message>
    <message>
        <source>SUBMISSION</source>
        <translation>SUBMISSION</translation>
    </message>
    <message>
        <source>set scores, comments and more</source>
        <translation>set scores, comments and more</translation>
    </message>
    <message>
        <source>Example: juri score set KIPP23-001 LATAR=8 KEBARUAN=7 --comment LATAR=&apos;Data kuat&apos;</source>
        <translation>Example: juri score set KIPP23-001 LATAR=8 KEBARUAN=7 --comment LATAR=&apos;Data kuat&apos;</translation>
    </message>
    <message>
        <source>CRITERION=SCORE</source>
        <translation>CRITERION=SCORE</translation>
    </message>
    <message>
        <source>a score per criterion; an empty score (LATAR=) clears it</source>
        <translation>a score per criterion; an empty score (LATAR=) clears it</translation>
    </message>
    <message>
        <source>CRITERION=TEXT</source>
        <translation>CRITERION=TEXT</translation>
    </message>
    <message>
        <source>a comment on a criterion</source>
        <translation>a comment on a criterion</translation>
    </message>
    <message>
        <source>the overall comment</source>
        <translation>the overall comment</translation>
    </message>
    <message>
        <source>field-visit notes</source>
        <translation>field-visit notes</translation>
    </message>
    <message>
        <source>ITEM=yes|no</source>
        <translation>ITEM=yes|no</translation>
    </message>
    <message>
        <source>record that the values come from a paper evaluation sheet</source>
        <translation>record that the values come from a paper evaluation sheet</translation>
    </message>
    <message>
        <source>declare a conflict of interest for a submission</source>
        <translation>declare a conflict of interest for a submission</translation>
    </message>
    <message>
        <source>the conflict</source>
        <translation>the conflict</translation>
    </message>
    <message>
        <source>withdraw a recusal</source>
        <translation>withdraw a recusal</translation>
    </message>
    <message>
        <source>Write {what} as NAME=VALUE, not &apos;{text}&apos;.</source>
        <translation>Write {what} as NAME=VALUE, not &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>ADVICE</source>
        <translation>ADVICE</translation>
    </message>
    <message>
        <source>your recommendation: {words}</source>
        <translation>your recommendation: {words}</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>whether you watched the video: {words}</source>
        <translation>whether you watched the video: {words}</translation>
    </message>
    <message>
        <source>confirm a field-visit checklist item: {words}</source>
        <translation>confirm a field-visit checklist item: {words}</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>QUESTION</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>NOTES</translation>
    </message>
    <message>
        <source>interview round: a question the panel asked and your notes on the answer (the notes of a question already noted are replaced)</source>
        <translation>interview round: a question the panel asked and your notes on the answer (the notes of a question already noted are replaced)</translation>
    </message>
    <message>
        <source>field round: attach a photo (JPEG, PNG) or a PDF document from the visit as evidence</source>
        <translation>field round: attach a photo (JPEG, PNG) or a PDF document from the visit as evidence</translation>
    </message>
    <message>
        <source>NAME|SHA256</source>
        <translation>NAME|SHA256</translation>
    </message>
    <message>
        <source>remove attached evidence, named by its file name or the start of its SHA-256</source>
        <translation>remove attached evidence, named by its file name or the start of its SHA-256</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a score as Juri writes it: write 7 or 7.5 (or 7,5), without spaces or leading or trailing zeros.</source>
        <translation>&apos;{value}&apos; is not a score as Juri writes it: write 7 or 7.5 (or 7,5), without spaces or leading or trailing zeros.</translation>
    </message>
    <message>
        <source>Write one of {words}, not &apos;{value}&apos;.</source>
        <translation>Write one of {words}, not &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>In progress: the total so far, with the share of the weight scored in brackets; criteria not scored yet are not counted as 0.</source>
        <translation>In progress: the total so far, with the share of the weight scored in brackets; criteria not scored yet are not counted as 0.</translation>
    </message>
    <message>
        <source>{total} so far, {weight}% of the weight scored</source>
        <translation>{total} so far, {weight}% of the weight scored</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Recused: {reason}</source>
        <translation>Recused: {reason}</translation>
    </message>
    <message>
        <source>Weighted total: {total}</source>
        <translation>Weighted total: {total}</translation>
    </message>
    <message>
        <source>Overall comment: {text}</source>
        <translation>Overall comment: {text}</translation>
    </message>
    <message>
        <source>Recommendation: {value}</source>
        <translation>Recommendation: {value}</translation>
    </message>
    <message>
        <source>Video watched: {value}</source>
        <translation>Video watched: {value}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Checklist {code}: {value} — {text}</source>
        <translation>Checklist {code}: {value} — {text}</translation>
    </message>
    <message>
        <source>Field notes: {text}</source>
        <translation>Field notes: {text}</translation>
    </message>
    <message>
        <source>Question {n}: {text}</source>
        <translation>Question {n}: {text}</translation>
    </message>
    <message>
        <source>Evidence: {line}</source>
        <translation>Evidence: {line}</translation>
    </message>
    <message>
        <source>--question-note needs the question the panel asked, not an empty text; nothing was changed.</source>
        <translation>--question-note needs the question the panel asked, not an empty text; nothing was changed.</translation>
    </message>
    <message>
        <source>a score</source>
        <translation>a score</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>a comment</translation>
    </message>
    <message>
        <source>a checklist item</source>
        <translation>a checklist item</translation>
    </message>
    <message>
        <source>Attached {name} (SHA-256 {sha}…).</source>
        <translation>Attached {name} (SHA-256 {sha}…).</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Removed {name}.</translation>
    </message>
    <message>
        <source>Nothing to set: give CRITERION=SCORE or an option.</source>
        <translation>Nothing to set: give CRITERION=SCORE or an option.</translation>
    </message>
    <message>
        <source>Saved. {code}: {status}, weighted total {total}.</source>
        <translation>Saved. {code}: {status}, weighted total {total}.</translation>
    </message>
    <message>
        <source>{code} has no evidence named {name}, and a start of a SHA-256 needs {n} characters at least: {name} is too short. Attached: {names}.</source>
        <translation>{code} has no evidence named {name}, and a start of a SHA-256 needs {n} characters at least: {name} is too short. Attached: {names}.</translation>
    </message>
    <message>
        <source>{code} has no evidence named {name}. Attached: {names}.</source>
        <translation>{code} has no evidence named {name}. Attached: {names}.</translation>
    </message>
    <message>
        <source>Several files are named {name}; give the start of the SHA-256 of the one to remove: {hashes}.</source>
        <translation>Several files are named {name}; give the start of the SHA-256 of the one to remove: {hashes}.</translation>
    </message>
    <message>
        <source>Recused from {code}; its scores are locked.</source>
        <translation>Recused from {code}; its scores are locked.</translation>
    </message>
    <message>
        <source>Recusal from {code} withdrawn.</source>
        <translation>Recusal from {code} withdrawn.</translation>
    </message>
    <message>
        <source>the juror&apos;s workspace: open packages, integrity pact, audit log</source>
        <translation>the juror&apos;s workspace: open packages, integrity pact, audit log</translation>
    </message>
    <message>
        <source>who you are and what is open</source>
        <translation>who you are and what is open</translation>
    </message>
    <message>
        <source>verify a package and open it in the workspace</source>
        <translation>verify a package and open it in the workspace</translation>
    </message>
    <message>
        <source>read (and accept) the integrity pact</source>
        <translation>read (and accept) the integrity pact</translation>
    </message>
    <message>
        <source>record that you accept the pact (it goes into your signed results)</source>
        <translation>record that you accept the pact (it goes into your signed results)</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation>check the audit log&apos;s hash chain</translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation>Workspace: {path}</translation>
    </message>
    <message>
        <source>No juror key yet: run &apos;juri keys new --juror-id ID --name NAME&apos;.</source>
        <translation>No juror key yet: run &apos;juri keys new --juror-id ID --name NAME&apos;.</translation>
    </message>
    <message>
        <source>Package {id}: {title} — {progress}</source>
        <translation>Package {id}: {title} — {progress}</translation>
    </message>
    <message>
        <source>Package {id}: this newer version replaces version {old}; every evaluation is kept, and it assigns no new submission to you (juror {juror}).</source>
        <translation>Package {id}: this newer version replaces version {old}; every evaluation is kept, and it assigns no new submission to you (juror {juror}).</translation>
    </message>
    <message>
        <source>Package {id}: this newer version replaces version {old}; every evaluation is kept, and %n submission(s) are newly assigned to you: {codes}</source>
        <translation>Package {id}: this newer version replaces version {old}; every evaluation is kept, and %n submission(s) are newly assigned to you: {codes}</translation>
    </message>
    <message>
        <source>The audit log is intact: {n} entries, the latest sealed as {hash}.</source>
        <translation>The audit log is intact: {n} entries, the latest sealed as {hash}.</translation>
    </message>
    <message>
        <source>accepted on {when}</source>
        <translation>accepted on {when}</translation>
    </message>
    <message>
        <source>not accepted yet</source>
        <translation>not accepted yet</translation>
    </message>
    <message>
        <source>Package {id} is already open in this workspace.</source>
        <translation>Package {id} is already open in this workspace.</translation>
    </message>
    <message>
        <source>Package {id} verified and opened: {n} submissions assigned to you as juror {juror}.</source>
        <translation>Package {id} verified and opened: {n} submissions assigned to you as juror {juror}.</translation>
    </message>
    <message>
        <source>Signed by the secretariat key {fp}: compare it with the fingerprint the secretariat gave you.</source>
        <translation>Signed by the secretariat key {fp}: compare it with the fingerprint the secretariat gave you.</translation>
    </message>
    <message>
        <source>Accepted on {when}.</source>
        <translation>Accepted on {when}.</translation>
    </message>
    <message>
        <source>The audit log is broken at entry {seq}: it was changed outside Juri.</source>
        <translation>The audit log is broken at entry {seq}: it was changed outside Juri.</translation>
    </message>
    <message>
        <source>print evaluation sheets as PDF (blank or filled)</source>
        <translation>print evaluation sheets as PDF (blank or filled)</translation>
    </message>
    <message>
        <source>blank evaluation sheets for scoring on paper</source>
        <translation>blank evaluation sheets for scoring on paper</translation>
    </message>
    <message>
        <source>Print a blank evaluation sheet for every juror and submission the package assigns (or only the chosen ones), one sheet after another in one PDF. Each sheet carries a QR code naming package, submission and juror, so the scores written on it are easily typed into Juri afterwards.</source>
        <translation>Print a blank evaluation sheet for every juror and submission the package assigns (or only the chosen ones), one sheet after another in one PDF. Each sheet carries a QR code naming package, submission and juror, so the scores written on it are easily typed into Juri afterwards.</translation>
    </message>
    <message>
        <source>the package file</source>
        <translation>the package file</translation>
    </message>
    <message>
        <source>only this juror&apos;s sheets (repeat, or separate ids with commas)</source>
        <translation>only this juror&apos;s sheets (repeat, or separate ids with commas)</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>only the sheets of this submission (repeat, or separate codes with commas)</source>
        <translation>only the sheets of this submission (repeat, or separate codes with commas)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>a juror&apos;s evaluations as sheets to sign</source>
        <translation>a juror&apos;s evaluations as sheets to sign</translation>
    </message>
    <message>
        <source>Print one filled evaluation sheet per submission in a juror&apos;s result file, with the scores, comments, weighted total and the juror&apos;s key fingerprint, ready for a wet signature. The result file must verify against the package first.</source>
        <translation>Print one filled evaluation sheet per submission in a juror&apos;s result file, with the scores, comments, weighted total and the juror&apos;s key fingerprint, ready for a wet signature. The result file must verify against the package first.</translation>
    </message>
    <message>
        <source>the juror&apos;s signed result file</source>
        <translation>the juror&apos;s signed result file</translation>
    </message>
    <message>
        <source>the package file the result is for</source>
        <translation>the package file the result is for</translation>
    </message>
    <message>
        <source>the panel&apos;s signed recapitulation (berita acara) from the merged file</source>
        <translation>the panel&apos;s signed recapitulation (berita acara) from the merged file</translation>
    </message>
    <message>
        <source>Print the recapitulation and ranking of a round from the chair&apos;s signed merged file: method, ranking overall and per group and cluster, passing grade, disagreements, the result files with their status, each juror&apos;s spread of totals, and signature blocks. The merged file&apos;s signature is checked and its ranking recomputed first. Give the result files that were merged with --results to list the refused ones with their reasons too.</source>
        <translation>Print the recapitulation and ranking of a round from the chair&apos;s signed merged file: method, ranking overall and per group and cluster, passing grade, disagreements, the result files with their status, each juror&apos;s spread of totals, and signature blocks. The merged file&apos;s signature is checked and its ranking recomputed first. Give the result files that were merged with --results to list the refused ones with their reasons too.</translation>
    </message>
    <message>
        <source>MERGED</source>
        <translation>MERGED</translation>
    </message>
    <message>
        <source>the chair&apos;s signed merged file (.juri-merged.json)</source>
        <translation>the chair&apos;s signed merged file (.juri-merged.json)</translation>
    </message>
    <message>
        <source>the result files (or folders) that were merged, to list refused files and their reasons; may be repeated</source>
        <translation>the result files (or folders) that were merged, to list refused files and their reasons; may be repeated</translation>
    </message>
    <message>
        <source>the final line-up across rounds, signed by the chair (make, verify)</source>
        <translation>the final line-up across rounds, signed by the chair (make, verify)</translation>
    </message>
    <message>
        <source>combine the rounds&apos; merged files into the signed final line-up</source>
        <translation>combine the rounds&apos; merged files into the signed final line-up</translation>
    </message>
    <message>
        <source>Check each round&apos;s merged file with its package (signature, every result, the ranking merged again), check that the rounds form one chain (each next round&apos;s package was shortlisted from the merged file given for the round before), combine the rounds as the rubric file&apos;s final section says, rank overall, per group and per cluster, and write the final file signed with the chair&apos;s key. It names every merged file it rests on.</source>
        <translation>Check each round&apos;s merged file with its package (signature, every result, the ranking merged again), check that the rounds form one chain (each next round&apos;s package was shortlisted from the merged file given for the round before), combine the rounds as the rubric file&apos;s final section says, rank overall, per group and per cluster, and write the final file signed with the chair&apos;s key. It names every merged file it rests on.</translation>
    </message>
    <message>
        <source>the chair&apos;s merged file of every round, from the first (.juri-merged.json)</source>
        <translation>the chair&apos;s merged file of every round, from the first (.juri-merged.json)</translation>
    </message>
    <message>
        <source>the competition&apos;s rubric file, with its final section</source>
        <translation>the competition&apos;s rubric file, with its final section</translation>
    </message>
    <message>
        <source>the final file to write (.juri-final.json)</source>
        <translation>the final file to write (.juri-final.json)</translation>
    </message>
    <message>
        <source>also write the line-up, per group, per cluster and the rounds as XLSX</source>
        <translation>also write the line-up, per group, per cluster and the rounds as XLSX</translation>
    </message>
    <message>
        <source>how many places of the line-up to print (default: 20)</source>
        <translation>how many places of the line-up to print (default: 20)</translation>
    </message>
    <message>
        <source>check a signed final line-up against the rounds&apos; merged files</source>
        <translation>check a signed final line-up against the rounds&apos; merged files</translation>
    </message>
    <message>
        <source>Check the final file&apos;s signature, check the merged files and packages it rests on as &apos;juri final make&apos; does, combine them again under the rule the file records, and accept the file only when it is exactly what they give.</source>
        <translation>Check the final file&apos;s signature, check the merged files and packages it rests on as &apos;juri final make&apos; does, combine them again under the rule the file records, and accept the file only when it is exactly what they give.</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <source>the signed final file (.juri-final.json)</source>
        <translation>the signed final file (.juri-final.json)</translation>
    </message>
    <message>
        <source>the merged file of every round it rests on</source>
        <translation>the merged file of every round it rests on</translation>
    </message>
    <message>
        <source>also check that the rule applied is the rubric file&apos;s final section</source>
        <translation>also check that the rule applied is the rubric file&apos;s final section</translation>
    </message>
    <message>
        <source>the package of a round (repeat: one per merged file)</source>
        <translation>the package of a round (repeat: one per merged file)</translation>
    </message>
    <message>
        <source>refuse unless the final file is signed by this chair&apos;s key</source>
        <translation>refuse unless the final file is signed by this chair&apos;s key</translation>
    </message>
    <message>
        <source>the panel&apos;s berita acara of the final line-up across rounds</source>
        <translation>the panel&apos;s berita acara of the final line-up across rounds</translation>
    </message>
    <message>
        <source>Print the final line-up from the chair&apos;s signed final file: the rule, the rounds and merged files it rests on, the ranking overall with each round&apos;s score, per group, per cluster with each cluster at a glance (for fair representation), the submissions that take no place and why, and signature blocks. The final file is verified first as &apos;juri final verify&apos; does.</source>
        <translation>Print the final line-up from the chair&apos;s signed final file: the rule, the rounds and merged files it rests on, the ranking overall with each round&apos;s score, per group, per cluster with each cluster at a glance (for fair representation), the submissions that take no place and why, and signature blocks. The final file is verified first as &apos;juri final verify&apos; does.</translation>
    </message>
    <message>
        <source>check that the rule applied is the rubric file&apos;s final section (without it, the berita acara says the rule was not checked)</source>
        <translation>check that the rule applied is the rubric file&apos;s final section (without it, the berita acara says the rule was not checked)</translation>
    </message>
    <message>
        <source>package {package}, merged file {name} (SHA-256 {sha}…) signed by {fp}; {ranked} of {total} ranked, {evaluations}; {role}</source>
        <translation>package {package}, merged file {name} (SHA-256 {sha}…) signed by {fp}; {ranked} of {total} ranked, {evaluations}; {role}</translation>
    </message>
    <message>
        <source>{cluster}: {entered} in round {first}, {count} in the final round, {ranked} ranked, places {ranks}</source>
        <translation>{cluster}: {entered} in round {first}, {count} in the final round, {ranked} ranked, places {ranks}</translation>
    </message>
    <message>
        <source>Per group:</source>
        <translation>Per group:</translation>
    </message>
    <message>
        <source>{group}: {count} in the final round, {ranked} ranked</source>
        <translation>{group}: {count} in the final round, {ranked} ranked</translation>
    </message>
    <message>
        <source>{name} (SHA-256 {sha}…), package {package}, signed by {fp}; {ranked} of {total} ranked, {evaluations}</source>
        <translation>{name} (SHA-256 {sha}…), package {package}, signed by {fp}; {ranked} of {total} ranked, {evaluations}</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>PLACE</translation>
    </message>
    <message>
        <source>where the panel met (default: left blank)</source>
        <translation>where the panel met (default: left blank)</translation>
    </message>
    <message>
        <source>the date of the meeting (default: left blank, to be written by hand)</source>
        <translation>the date of the meeting (default: left blank, to be written by hand)</translation>
    </message>
    <message>
        <source>the chair&apos;s name under the signature (default: the name on the chair&apos;s key)</source>
        <translation>the chair&apos;s name under the signature (default: the name on the chair&apos;s key)</translation>
    </message>
    <message>
        <source>a panel member who signs (repeat; default: every juror of the last round&apos;s roster)</source>
        <translation>a panel member who signs (repeat; default: every juror of the last round&apos;s roster)</translation>
    </message>
    <message>
        <source>{path} is too large to be a final file.</source>
        <translation>{path} is too large to be a final file.</translation>
    </message>
    <message>
        <source>Final file written: {path} (SHA-256 {sha})</source>
        <translation>Final file written: {path} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>Rounds, from the first:</source>
        <translation>Rounds, from the first:</translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation>Rule: {rule}</translation>
    </message>
    <message>
        <source>Final line-up ({ranked} of {total} ranked):</source>
        <translation>Final line-up ({ranked} of {total} ranked):</translation>
    </message>
    <message>
        <source>Per cluster:</source>
        <translation>Per cluster:</translation>
    </message>
    <message>
        <source>overall {rank}</source>
        <translation>overall {rank}</translation>
    </message>
    <message>
        <source>Not ranked:</source>
        <translation>Not ranked:</translation>
    </message>
    <message>
        <source>{name}: VALID: signed by {fp} ({chair}); the line-up follows from these merged files under its rule:</source>
        <translation>{name}: VALID: signed by {fp} ({chair}); the line-up follows from these merged files under its rule:</translation>
    </message>
    <message>
        <source>{ranked} ranked, {unranked} not ranked.</source>
        <translation>{ranked} ranked, {unranked} not ranked.</translation>
    </message>
    <message>
        <source>The rule is the rubric file&apos;s final section (checked).</source>
        <translation>The rule is the rubric file&apos;s final section (checked).</translation>
    </message>
    <message>
        <source>The rule was NOT checked against the rubric file: it is the rule the final file records. Give --rubric to check that it is the rubric file&apos;s final section.</source>
        <translation>The rule was NOT checked against the rubric file: it is the rule the final file records. Give --rubric to check that it is the rubric file&apos;s final section.</translation>
    </message>
    <message>
        <source>Final berita acara written: {path}</source>
        <translation>Final berita acara written: {path}</translation>
    </message>
    <message>
        <source>a panel member who signs (repeat; default: every juror of the roster)</source>
        <translation>a panel member who signs (repeat; default: every juror of the roster)</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; is longer than {n} characters</source>
        <translation>&apos;{start}…&apos; is longer than {n} characters</translation>
    </message>
    <message>
        <source>Sheets: {done} of {total}</source>
        <translation>Sheets: {done} of {total}</translation>
    </message>
    <message>
        <source>Blank sheets written: {path}</source>
        <translation>Blank sheets written: {path}</translation>
    </message>
    <message>
        <source>{sheets} sheets, {pages} pages.</source>
        <translation>{sheets} sheets, {pages} pages.</translation>
    </message>
    <message>
        <source>Filled sheets written: {path}</source>
        <translation>Filled sheets written: {path}</translation>
    </message>
    <message>
        <source>{path} is too large to be a merged file.</source>
        <translation>{path} is too large to be a merged file.</translation>
    </message>
    <message>
        <source>Recapitulation written: {path}</source>
        <translation>Recapitulation written: {path}</translation>
    </message>
    <message>
        <source>The merged file is signed by the key {fp}: compare it with the fingerprint the chair reads out.</source>
        <translation>The merged file is signed by the key {fp}: compare it with the fingerprint the chair reads out.</translation>
    </message>
    <message>
        <source>{pages} pages.</source>
        <translation>{pages} pages.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {words}</source>
        <translation>&apos;{value}&apos; is not one of: {words}</translation>
    </message>
    <message>
        <source>replace an existing file that is not this command&apos;s own earlier output (never a key, an input or a signed file of another kind)</source>
        <translation>replace an existing file that is not this command&apos;s own earlier output (never a key, an input or a signed file of another kind)</translation>
    </message>
    <message>
        <source>The folder {path} does not exist: make it first, or give a file name in a folder that exists.</source>
        <translation>The folder {path} does not exist: make it first, or give a file name in a folder that exists.</translation>
    </message>
    <message>
        <source>{path} is one of this command&apos;s inputs; Juri does not write over it. Give another output file.</source>
        <translation>{path} is one of this command&apos;s inputs; Juri does not write over it. Give another output file.</translation>
    </message>
    <message>
        <source>{path} exists and is not a file; give another output file.</source>
        <translation>{path} exists and is not a file; give another output file.</translation>
    </message>
    <message>
        <source>{path} is a Juri key file; Juri never writes over a key. Give another output file.</source>
        <translation>{path} is a Juri key file; Juri never writes over a key. Give another output file.</translation>
    </message>
    <message>
        <source>{path} is a signed Juri file ({kind}) that this command does not write; Juri does not write over it. Give another output file.</source>
        <translation>{path} is a signed Juri file ({kind}) that this command does not write; Juri does not write over it. Give another output file.</translation>
    </message>
    <message>
        <source>{path} exists already and is not an earlier output of this command; give another output file, or add --overwrite to replace it.</source>
        <translation>{path} exists already and is not an earlier output of this command; give another output file, or add --overwrite to replace it.</translation>
    </message>
</context>
<context>
    <name>CommentEdit</name>
    <message>
        <source>This field holds at most {n} characters; what went past that was left out.</source>
        <translation>This field holds at most {n} characters; what went past that was left out.</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>recused</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>CriterionEditor</name>
    <message>
        <source>weight {weight}% · scale {scale}</source>
        <translation>weight {weight}% · scale {scale}</translation>
    </message>
    <message>
        <source>Score for {criterion}</source>
        <translation>Score for {criterion}</translation>
    </message>
    <message>
        <source>Type the score, or use the arrow keys. Enter or Tab: its comment.</source>
        <translation>Type the score, or use the arrow keys. Enter or Tab: its comment.</translation>
    </message>
    <message>
        <source>Level for {criterion}</source>
        <translation>Level for {criterion}</translation>
    </message>
    <message>
        <source>Comment on {criterion}</source>
        <translation>Comment on {criterion}</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Not scored yet.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Using the demo made earlier in {folder}.</source>
        <translation>Using the demo made earlier in {folder}.</translation>
    </message>
    <message>
        <source>Writing {n} proposal PDFs …</source>
        <translation>Writing {n} proposal PDFs …</translation>
    </message>
    <message>
        <source>Making the secretariat&apos;s key and four jurors&apos; workspaces …</source>
        <translation>Making the secretariat&apos;s key and four jurors&apos; workspaces …</translation>
    </message>
    <message>
        <source>Building and signing the package …</source>
        <translation>Building and signing the package …</translation>
    </message>
    <message>
        <source>Juror {id} scores and exports …</source>
        <translation>Juror {id} scores and exports …</translation>
    </message>
    <message>
        <source>{folder} is not empty. Choose a new folder (or --force to replace an earlier Juri demo there).</source>
        <translation>{folder} is not empty. Choose a new folder (or --force to replace an earlier Juri demo there).</translation>
    </message>
    <message>
        <source>The chair merges the desk round …</source>
        <translation>The chair merges the desk round …</translation>
    </message>
    <message>
        <source>The secretariat adds a third juror to {n} flagged submissions …</source>
        <translation>The secretariat adds a third juror to {n} flagged submissions …</translation>
    </message>
    <message>
        <source>The secretariat shortlists the first {n} for the {round} round …</source>
        <translation>The secretariat shortlists the first {n} for the {round} round …</translation>
    </message>
    <message>
        <source>The chair signs the final line-up …</source>
        <translation>The chair signs the final line-up …</translation>
    </message>
    <message>
        <source>Juror {id} scores the {round} round and exports …</source>
        <translation>Juror {id} scores the {round} round and exports …</translation>
    </message>
</context>
<context>
    <name>Derive</name>
    <message>
        <source>{name} is signed by the secretariat key {theirs}; its amendment must be signed by the same key, not by {yours}.</source>
        <translation>{name} is signed by the secretariat key {theirs}; its amendment must be signed by the same key, not by {yours}.</translation>
    </message>
    <message>
        <source>submission {id} is not in the package</source>
        <translation>submission {id} is not in the package</translation>
    </message>
    <message>
        <source>The amendment adds nothing: every juror and assignment given is in {name} already. Nothing was written.</source>
        <translation>The amendment adds nothing: every juror and assignment given is in {name} already. Nothing was written.</translation>
    </message>
    <message>
        <source>juror {id} differs from {other} in the package only in upper and lower case</source>
        <translation>juror {id} differs from {other} in the package only in upper and lower case</translation>
    </message>
    <message>
        <source>juror {id} is in the package as {name} with key {fp}; the roster gives {new_name} with key {new_fp}. An amendment cannot change a juror: a new key for a juror is the chair&apos;s decision (juri merge --accept-key), not a new package</source>
        <translation>juror {id} is in the package as {name} with key {fp}; the roster gives {new_name} with key {new_fp}. An amendment cannot change a juror: a new key for a juror is the chair&apos;s decision (juri merge --accept-key), not a new package</translation>
    </message>
    <message>
        <source>the key of new juror {id} ({fp}) is juror {owner}&apos;s in the package</source>
        <translation>the key of new juror {id} ({fp}) is juror {owner}&apos;s in the package</translation>
    </message>
    <message>
        <source>The roster {name} cannot amend the package:
{problems}</source>
        <translation>The roster {name} cannot amend the package:
{problems}</translation>
    </message>
    <message>
        <source>The package id &apos;{id}&apos; is the id of round {round}&apos;s package, which this round follows on from: jurors who hold that package could not import this one. Give the next round&apos;s package an id of its own with --id.</source>
        <translation>The package id &apos;{id}&apos; is the id of round {round}&apos;s package, which this round follows on from: jurors who hold that package could not import this one. Give the next round&apos;s package an id of its own with --id.</translation>
    </message>
    <message>
        <source>submission {id} is not on the shortlist</source>
        <translation>submission {id} is not on the shortlist</translation>
    </message>
    <message>
        <source>The rubric file is for competition {id}, but {name} is for {expected}.</source>
        <translation>The rubric file is for competition {id}, but {name} is for {expected}.</translation>
    </message>
    <message>
        <source>Round {round} is the round {name} was for; choose the next round of the rubric file with --round.</source>
        <translation>Round {round} is the round {name} was for; choose the next round of the rubric file with --round.</translation>
    </message>
    <message>
        <source>The next round&apos;s package needs an id of its own (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;), not &apos;{id}&apos;.</source>
        <translation>The next round&apos;s package needs an id of its own (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;), not &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>The rubric file has no round {earlier} (it has: {ids}), the round the merged file is for: is it the rubric file of this competition?</source>
        <translation>The rubric file has no round {earlier} (it has: {ids}), the round the merged file is for: is it the rubric file of this competition?</translation>
    </message>
    <message>
        <source>Round {earlier} is the last round of the rubric file ({ids}): there is no next round to make a package for.</source>
        <translation>Round {earlier} is the last round of the rubric file ({ids}): there is no next round to make a package for.</translation>
    </message>
    <message>
        <source>The round after {earlier} is {expected} (the rubric file&apos;s rounds: {ids}), not {round}: rounds are held in that order, none skipped. Use --round {expected}.</source>
        <translation>The round after {earlier} is {expected} (the rubric file&apos;s rounds: {ids}), not {round}: rounds are held in that order, none skipped. Use --round {expected}.</translation>
    </message>
    <message>
        <source>Write the new package to another file: {name} is the package it is made from, which jurors and the chair may still need.</source>
        <translation>Write the new package to another file: {name} is the package it is made from, which jurors and the chair may still need.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Video link</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>{name} ({kb} KB, SHA-256 {sha}…)</source>
        <translation>{name} ({kb} KB, SHA-256 {sha}…)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>The file could not be used: {problem} ({path})</source>
        <translation>The file could not be used: {problem} ({path})</translation>
    </message>
    <message>
        <source>Something went wrong that Juri did not expect. Your saved work is safe. Please report this to the secretariat.</source>
        <translation>Something went wrong that Juri did not expect. Your saved work is safe. Please report this to the secretariat.</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>Why must you not score {code}? For example: you work for or advised this agency, or a relative does. Your scores for it will be locked.</source>
        <translation>Why must you not score {code}? For example: you work for or advised this agency, or a relative does. Your scores for it will be locked.</translation>
    </message>
    <message>
        <source>Reason for the conflict of interest</source>
        <translation>Reason for the conflict of interest</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Declare</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>juri: there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Juri in a desktop session, or use the command line: juri --help.</source>
        <translation>juri: there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Juri in a desktop session, or use the command line: juri --help.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>The file name {name} holds the invisible character {code}, which can make a name read as another (photo.exe as photo.jpg): rename the file.</source>
        <translation>The file name {name} holds the invisible character {code}, which can make a name read as another (photo.exe as photo.jpg): rename the file.</translation>
    </message>
    <message>
        <source>The file name {name} cannot be used: give the file a plain name of at most {n} characters.</source>
        <translation>The file name {name} cannot be used: give the file a plain name of at most {n} characters.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} is not a file.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {error}</source>
        <translation>Cannot read {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is {size} MB; an evidence file may have at most {limit} MB. Attach a smaller copy (a phone can share a photo in a smaller size).</source>
        <translation>{name} is {size} MB; an evidence file may have at most {limit} MB. Attach a smaller copy (a phone can share a photo in a smaller size).</translation>
    </message>
    <message>
        <source>{name} is not a JPEG photo, a PNG image or a PDF document (Juri looks at what the file holds, not at its name).</source>
        <translation>{name} is not a JPEG photo, a PNG image or a PDF document (Juri looks at what the file holds, not at its name).</translation>
    </message>
    <message>
        <source>{name} cannot be attached: {problem}.</source>
        <translation>{name} cannot be attached: {problem}.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a picture: it is damaged or incomplete (perhaps cut short while copied). Copy it again from the camera or phone.</source>
        <translation>{name} cannot be read as a picture: it is damaged or incomplete (perhaps cut short while copied). Copy it again from the camera or phone.</translation>
    </message>
    <message>
        <source>{name} is a picture of more than {limit} megapixels, more than an evidence picture may have. Attach a smaller copy (a phone can share a photo in a smaller size).</source>
        <translation>{name} is a picture of more than {limit} megapixels, more than an evidence picture may have. Attach a smaller copy (a phone can share a photo in a smaller size).</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Place (GPS)</source>
        <translation>Place (GPS)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>JPEG photo</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Accept the integrity pact before signing your results: read it with &apos;juri workspace pact&apos; and accept it with &apos;juri workspace pact --accept&apos; (the app asks for it when it starts).</source>
        <translation>Accept the integrity pact before signing your results: read it with &apos;juri workspace pact&apos; and accept it with &apos;juri workspace pact --accept&apos; (the app asks for it when it starts).</translation>
    </message>
    <message>
        <source>Your key is not the key the package&apos;s roster has for you; results signed with it would not be accepted.</source>
        <translation>Your key is not the key the package&apos;s roster has for you; results signed with it would not be accepted.</translation>
    </message>
    <message>
        <source>Cannot write to {path}.</source>
        <translation>Cannot write to {path}.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <source>Juri could not reserve a version number for the result file ({error}). {advice}</source>
        <translation>Juri could not reserve a version number for the result file ({error}). {advice}</translation>
    </message>
    <message>
        <source>The result file would be {mb} MB, more than the {limit} MB a result file may have. Remove some evidence, or attach smaller copies of the photos.</source>
        <translation>The result file would be {mb} MB, more than the {limit} MB a result file may have. Remove some evidence, or attach smaller copies of the photos.</translation>
    </message>
    <message>
        <source>The result file could not be written to {path}: {error}. Any earlier file there is unchanged.</source>
        <translation>The result file could not be written to {path}: {error}. Any earlier file there is unchanged.</translation>
    </message>
    <message>
        <source>The result file would not be readable ({problem}); change that text or evidence and export again.</source>
        <translation>The result file would not be readable ({problem}); change that text or evidence and export again.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>tie</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>group rank</source>
        <translation>group rank</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>cluster rank</source>
        <translation>cluster rank</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passes</translation>
    </message>
    <message>
        <source>complete evaluations</source>
        <translation>complete evaluations</translation>
    </message>
    <message>
        <source>mean of totals</source>
        <translation>mean of totals</translation>
    </message>
    <message>
        <source>expected evaluations</source>
        <translation>expected evaluations</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>spread</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>disagreement</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>score ({method})</source>
        <translation>score ({method})</translation>
    </message>
    <message>
        <source>complete evaluations (ranked from {n})</source>
        <translation>complete evaluations (ranked from {n})</translation>
    </message>
    <message>
        <source>passes (mean ≥ {grade})</source>
        <translation>passes (mean ≥ {grade})</translation>
    </message>
    <message>
        <source>overall rank</source>
        <translation>overall rank</translation>
    </message>
    <message>
        <source>juror</source>
        <translation>juror</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>weight scored (%)</source>
        <translation>weight scored (%)</translation>
    </message>
    <message>
        <source>overall comment</source>
        <translation>overall comment</translation>
    </message>
    <message>
        <source>comment {criterion}</source>
        <translation>comment {criterion}</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>inside</translation>
    </message>
    <message>
        <source>integrity pact</source>
        <translation>integrity pact</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>NONE</source>
        <translation>NONE</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>lowest</translation>
    </message>
    <message>
        <source>lowest total</source>
        <translation>lowest total</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>highest</translation>
    </message>
    <message>
        <source>highest total</source>
        <translation>highest total</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Disagreements</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>design</source>
        <translation>design</translation>
    </message>
    <message>
        <source>submissions</source>
        <translation>submissions</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>reading</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>what to do</translation>
    </message>
    <message>
        <source>weighted total</source>
        <translation>weighted total</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>passing grade</source>
        <translation>passing grade</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{grade}, applied {rule}</source>
        <translation>{grade}, applied {rule}</translation>
    </message>
    <message>
        <source>minimum of complete evaluations</source>
        <translation>minimum of complete evaluations</translation>
    </message>
    <message>
        <source>tie-break order</source>
        <translation>tie-break order</translation>
    </message>
    <message>
        <source>disagreement above</source>
        <translation>disagreement above</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>not ranked</translation>
    </message>
    <message>
        <source>totals dropped at each end</source>
        <translation>totals dropped at each end</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Per group</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Per cluster</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>control characters replaced by a visible sign: %n ({shown})</source>
        <translation>control characters replaced by a visible sign: %n ({shown})</translation>
    </message>
    <message>
        <source>cut to {limit} characters (the most a cell holds) from {total}; the end says so</source>
        <translation>cut to {limit} characters (the most a cell holds) from {total}; the end says so</translation>
    </message>
    <message>
        <source>[cut by Juri: the text has {total} characters, more than a cell holds]</source>
        <translation>[cut by Juri: the text has {total} characters, more than a cell holds]</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Cells changed to fit a spreadsheet: %n</source>
        <translation>Cells changed to fit a spreadsheet: %n</translation>
    </message>
    <message>
        <source>… and %n more</source>
        <translation>… and %n more</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>row {row}, column {column}</translation>
    </message>
    <message>
        <source>Juri changed this text: {problems}.</source>
        <translation>Juri changed this text: {problems}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Finish and export results</source>
        <translation>Finish and export results</translation>
    </message>
    <message>
        <source>{done} of {n} evaluations are finished (complete or recused).</source>
        <translation>{done} of {n} evaluations are finished (complete or recused).</translation>
    </message>
    <message>
        <source>You can export now and again later: every export gets a higher version number and the chair keeps the newest. Unfinished evaluations are included, marked as such.</source>
        <translation>You can export now and again later: every export gets a higher version number and the chair keeps the newest. Unfinished evaluations are included, marked as such.</translation>
    </message>
    <message>
        <source>Everything is scored and commented.</source>
        <translation>Everything is scored and commented.</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Passphrase of your key</source>
        <translation>Passphrase of your key</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Save in:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Sign and export</source>
        <translation>Sign and export</translation>
    </message>
    <message>
        <source>What is still to do</source>
        <translation>What is still to do</translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>Still to do:</translation>
    </message>
    <message>
        <source>not scored: {criterion}</source>
        <translation>not scored: {criterion}</translation>
    </message>
    <message>
        <source>no comment: {criterion}</source>
        <translation>no comment: {criterion}</translation>
    </message>
    <message>
        <source>not confirmed: {item}</source>
        <translation>not confirmed: {item}</translation>
    </message>
    <message>
        <source>Save results in</source>
        <translation>Save results in</translation>
    </message>
    <message>
        <source>There is no folder {path}. Choose one with Choose…, or make it first.</source>
        <translation>There is no folder {path}. Choose one with Choose…, or make it first.</translation>
    </message>
    <message>
        <source>Signing your results…</source>
        <translation>Signing your results…</translation>
    </message>
    <message>
        <source>That passphrase does not open your key. Try again.</source>
        <translation>That passphrase does not open your key. Try again.</translation>
    </message>
    <message>
        <source>Results exported</source>
        <translation>Results exported</translation>
    </message>
    <message>
        <source>Your signed results (version {n}) are in:
{path}

Hand this file to the panel chair.</source>
        <translation>Your signed results (version {n}) are in:
{path}

Hand this file to the panel chair.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>FieldTab</name>
    <message>
        <source>Confirm what you did on the visit</source>
        <translation>Confirm what you did on the visit</translation>
    </message>
    <message>
        <source>Field notes</source>
        <translation>Field notes</translation>
    </message>
    <message>
        <source>What you saw, who you met, what you checked</source>
        <translation>What you saw, who you met, what you checked</translation>
    </message>
    <message>
        <source>&amp;Attach photos or documents…</source>
        <translation>&amp;Attach photos or documents…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Evidence from the visit</source>
        <translation>Evidence from the visit</translation>
    </message>
    <message>
        <source>JPEG or PNG photos and PDF documents, at most {mb} MB each and {n} per submission. They travel inside your signed result; the chair sees them as you do.</source>
        <translation>JPEG or PNG photos and PDF documents, at most {mb} MB each and {n} per submission. They travel inside your signed result; the chair sees them as you do.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;All files (*)</source>
        <translation>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;All files (*)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>unknown schema version</source>
        <translation>unknown schema version</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>has more than {n} items</source>
        <translation>has more than {n} items</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>is longer than {n} characters</source>
        <translation>is longer than {n} characters</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>a space</translation>
    </message>
    <message>
        <source>the invisible character {name} ({code})</source>
        <translation>the invisible character {name} ({code})</translation>
    </message>
    <message>
        <source>the character {char} {name} ({code})</source>
        <translation>the character {char} {name} ({code})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has {character} at position {position}; use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&apos;{value}&apos; has {character} at position {position}; use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>&apos;{value}&apos; may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</translation>
    </message>
    <message>
        <source>the control character {code}</source>
        <translation>the control character {code}</translation>
    </message>
    <message>
        <source>has {character} at position {position}; a name is one line of visible text</source>
        <translation>has {character} at position {position}; a name is one line of visible text</translation>
    </message>
    <message>
        <source>must be a whole number of at least {n}</source>
        <translation>must be a whole number of at least {n}</translation>
    </message>
    <message>
        <source>must be a UTC time such as 2026-11-23T09:44:42.270Z</source>
        <translation>must be a UTC time such as 2026-11-23T09:44:42.270Z</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a decimal number such as &quot;7&quot; or &quot;7.5&quot;</source>
        <translation>must be a decimal number such as &quot;7&quot; or &quot;7.5&quot;</translation>
    </message>
    <message>
        <source>must be a decimal number written as &quot;7&quot; or &quot;7.5&quot; (no trailing zeros, spaces or leading zeros)</source>
        <translation>must be a decimal number written as &quot;7&quot; or &quot;7.5&quot; (no trailing zeros, spaces or leading zeros)</translation>
    </message>
    <message>
        <source>must be text or {&quot;id&quot;: …, &quot;en&quot;: …}</source>
        <translation>must be text or {&quot;id&quot;: …, &quot;en&quot;: …}</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>is too long</translation>
    </message>
    <message>
        <source>unknown field(s): {names}</source>
        <translation>unknown field(s): {names}</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal characters</source>
        <translation>must be 64 lowercase hexadecimal characters</translation>
    </message>
    <message>
        <source>is not the fingerprint of the key</source>
        <translation>is not the fingerprint of the key</translation>
    </message>
    <message>
        <source>must be one of desk, interview, field (not &apos;{value}&apos;)</source>
        <translation>must be one of desk, interview, field (not &apos;{value}&apos;)</translation>
    </message>
    <message>
        <source>must lie in 0–100</source>
        <translation>must lie in 0–100</translation>
    </message>
    <message>
        <source>only an interview round has presentation and question minutes</source>
        <translation>only an interview round has presentation and question minutes</translation>
    </message>
    <message>
        <source>is missing: give the presentation and the question minutes together</source>
        <translation>is missing: give the presentation and the question minutes together</translation>
    </message>
    <message>
        <source>must be at most {n}</source>
        <translation>must be at most {n}</translation>
    </message>
    <message>
        <source>code {code} is used twice</source>
        <translation>code {code} is used twice</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>Juri packages ({pattern});;All files (*)</source>
        <translation>Juri packages ({pattern});;All files (*)</translation>
    </message>
    <message>
        <source>Juri public key ({pattern})</source>
        <translation>Juri public key ({pattern})</translation>
    </message>
</context>
<context>
    <name>FileVerdict</name>
    <message>
        <source>{value} (unverified)</source>
        <translation>{value} (unverified)</translation>
    </message>
    <message>
        <source>claims to be juror {juror}&apos;s (unverified)</source>
        <translation>claims to be juror {juror}&apos;s (unverified)</translation>
    </message>
    <message>
        <source>claims to be juror {juror}&apos;s, version {version} (unverified)</source>
        <translation>claims to be juror {juror}&apos;s, version {version} (unverified)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{name} is outside the folder {folder}</source>
        <translation>{name} is outside the folder {folder}</translation>
    </message>
    <message>
        <source>{name} is larger than {mb} MB</source>
        <translation>{name} is larger than {mb} MB</translation>
    </message>
    <message>
        <source>{name} matches several files that differ only in upper and lower case: {files}; name one exactly</source>
        <translation>{name} matches several files that differ only in upper and lower case: {files}; name one exactly</translation>
    </message>
    <message>
        <source>there is no file {name} in the folder {folder}</source>
        <translation>there is no file {name} in the folder {folder}</translation>
    </message>
    <message>
        <source>; did you mean {name}?</source>
        <translation>; did you mean {name}?</translation>
    </message>
</context>
<context>
    <name>FinalFile</name>
    <message>
        <source>{name} is not a final line-up file: {problem}</source>
        <translation>{name} is not a final line-up file: {problem}</translation>
    </message>
    <message>
        <source>this is not a Juri final line-up file (give the .juri-final.json written by &apos;juri final make&apos;)</source>
        <translation>this is not a Juri final line-up file (give the .juri-final.json written by &apos;juri final make&apos;)</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Juri (schema {schema}): update Juri to read it.</source>
        <translation>{name} was made by a newer version of Juri (schema {schema}): update Juri to read it.</translation>
    </message>
    <message>
        <source>{name} is tampered: the chair&apos;s signature does not hold ({problem}). Nothing in it can be relied on.</source>
        <translation>{name} is tampered: the chair&apos;s signature does not hold ({problem}). Nothing in it can be relied on.</translation>
    </message>
    <message>
        <source>{name} is not a final line-up file as Juri writes it: {problem}</source>
        <translation>{name} is not a final line-up file as Juri writes it: {problem}</translation>
    </message>
    <message>
        <source>must name at least one round</source>
        <translation>must name at least one round</translation>
    </message>
    <message>
        <source>names the same value twice</source>
        <translation>names the same value twice</translation>
    </message>
    <message>
        <source>The final file could not be written to {path}: {error}</source>
        <translation>The final file could not be written to {path}: {error}</translation>
    </message>
    <message>
        <source>{name} does not rest on the merged file {merged} (round {round}, SHA-256 {sha}…): it names other merged files. Was the merged file changed or merged again after the final line-up was made?</source>
        <translation>{name} does not rest on the merged file {merged} (round {round}, SHA-256 {sha}…): it names other merged files. Was the merged file changed or merged again after the final line-up was made?</translation>
    </message>
    <message>
        <source>{name} rests on the merged file of round {round} (package {package}, SHA-256 {sha}…), which was not given: give it too.</source>
        <translation>{name} rests on the merged file of round {round} (package {package}, SHA-256 {sha}…), which was not given: give it too.</translation>
    </message>
    <message>
        <source>The line-up signed in {name} does not follow from its merged files ({where}). Make the final line-up again with &apos;juri final make&apos;.</source>
        <translation>The line-up signed in {name} does not follow from its merged files ({where}). Make the final line-up again with &apos;juri final make&apos;.</translation>
    </message>
    <message>
        <source>{name} applied another rule than the rubric file&apos;s final section: the line-up is not the one the rubric file asks for.</source>
        <translation>{name} applied another rule than the rubric file&apos;s final section: the line-up is not the one the rubric file asks for.</translation>
    </message>
    <message>
        <source>its part &quot;{part}&quot; differs</source>
        <translation>its part &quot;{part}&quot; differs</translation>
    </message>
    <message>
        <source>the ranking differs at {code} in its field &quot;{field}&quot;: signed {signed}, recomputed {value}</source>
        <translation>the ranking differs at {code} in its field &quot;{field}&quot;: signed {signed}, recomputed {value}</translation>
    </message>
    <message>
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <source>the ranking has rows that do not follow</source>
        <translation>the ranking has rows that do not follow</translation>
    </message>
</context>
<context>
    <name>FinalRecap</name>
    <message>
        <source>Signed record of the final line-up – {competition}</source>
        <translation>Signed record of the final line-up – {competition}</translation>
    </message>
    <message>
        <source>{competition} · Final line-up</source>
        <translation>{competition} · Final line-up</translation>
    </message>
    <message>
        <source>Final file {digest} · printed {when}</source>
        <translation>Final file {digest} · printed {when}</translation>
    </message>
    <message>
        <source>Rounds and the signed files they rest on</source>
        <translation>Rounds and the signed files they rest on</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Final ranking</translation>
    </message>
    <message>
        <source>Per cluster: fair representation</source>
        <translation>Per cluster: fair representation</translation>
    </message>
    <message>
        <source>On {date}, at {place}, the panel of {competition} set the final line-up across {count} rounds ({rounds}). It combined the chair&apos;s signed merged file of each round, each checked against its package and its ranking recomputed, as the final rule below says: {ranked} of the {total} submissions of the final round take a place, as set out below.</source>
        <translation>On {date}, at {place}, the panel of {competition} set the final line-up across {count} rounds ({rounds}). It combined the chair&apos;s signed merged file of each round, each checked against its package and its ranking recomputed, as the final rule below says: {ranked} of the {total} submissions of the final round take a place, as set out below.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Final file</source>
        <translation>Final file</translation>
    </message>
    <message>
        <source>SHA-256 {digest}, signed by {fingerprint}</source>
        <translation>SHA-256 {digest}, signed by {fingerprint}</translation>
    </message>
    <message>
        <source>Final line-up across rounds</source>
        <translation>Final line-up across rounds</translation>
    </message>
    <message>
        <source>Round and its part in the rule</source>
        <translation>Round and its part in the rule</translation>
    </message>
    <message>
        <source>Package and merged file</source>
        <translation>Package and merged file</translation>
    </message>
    <message>
        <source>{ranked} of {total} ranked</source>
        <translation>{ranked} of {total} ranked</translation>
    </message>
    <message>
        <source>package {package}</source>
        <translation>package {package}</translation>
    </message>
    <message>
        <source>manifest SHA-256 {digest}</source>
        <translation>manifest SHA-256 {digest}</translation>
    </message>
    <message>
        <source>merged file SHA-256 {digest}</source>
        <translation>merged file SHA-256 {digest}</translation>
    </message>
    <message>
        <source>signed by {name} · {fingerprint}</source>
        <translation>signed by {name} · {fingerprint}</translation>
    </message>
    <message>
        <source>Each merged file was checked against its package (the chair&apos;s signature, every juror&apos;s result) and its ranking recomputed; each round&apos;s package was shortlisted from the merged file of the round before it, as its signed manifest names by SHA-256.</source>
        <translation>Each merged file was checked against its package (the chair&apos;s signature, every juror&apos;s result) and its ranking recomputed; each round&apos;s package was shortlisted from the merged file of the round before it, as its signed manifest names by SHA-256.</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>not ranked</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Final score</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>In round {round}</source>
        <translation>In round {round}</translation>
    </message>
    <message>
        <source>In the final round</source>
        <translation>In the final round</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Ranked</translation>
    </message>
    <message>
        <source>Best place</source>
        <translation>Best place</translation>
    </message>
    <message>
        <source>Places in the final ranking</source>
        <translation>Places in the final ranking</translation>
    </message>
    <message>
        <source>How each cluster that entered round {round} stands in the final ranking, those with no submission left in the final round included, for the panel to weigh fair representation; the line-up of each cluster in the final round follows.</source>
        <translation>How each cluster that entered round {round} stands in the final ranking, those with no submission left in the final round included, for the panel to weigh fair representation; the line-up of each cluster in the final round follows.</translation>
    </message>
    <message>
        <source>None of its submissions takes a place.</source>
        <translation>None of its submissions takes a place.</translation>
    </message>
    <message>
        <source>Why it takes no place</source>
        <translation>Why it takes no place</translation>
    </message>
    <message>
        <source>These submissions of the final round take no place: a round the rule needs does not rank them (too few complete evaluations), or they did not pass a gate round.</source>
        <translation>These submissions of the final round take no place: a round the rule needs does not rank them (too few complete evaluations), or they did not pass a gate round.</translation>
    </message>
    <message>
        <source>Checked against the rubric file&apos;s final section.</source>
        <translation>Checked against the rubric file&apos;s final section.</translation>
    </message>
    <message>
        <source>Not checked against the rubric file: this is the rule the final file records.</source>
        <translation>Not checked against the rubric file: this is the rule the final file records.</translation>
    </message>
    <message>
        <source>shortlisted from round {round}: {rule}</source>
        <translation>shortlisted from round {round}: {rule}</translation>
    </message>
    <message>
        <source>top {n}</source>
        <translation>top {n}</translation>
    </message>
    <message>
        <source>every submission that passed</source>
        <translation>every submission that passed</translation>
    </message>
    <message>
        <source>top {n} per group</source>
        <translation>top {n} per group</translation>
    </message>
    <message>
        <source>top {n} per cluster</source>
        <translation>top {n} per cluster</translation>
    </message>
    <message>
        <source>ties at the cut included</source>
        <translation>ties at the cut included</translation>
    </message>
</context>
<context>
    <name>FinalRule</name>
    <message>
        <source>must be &quot;weights&quot; or &quot;last&quot; (not &apos;{value}&apos;)</source>
        <translation>must be &quot;weights&quot; or &quot;last&quot; (not &apos;{value}&apos;)</translation>
    </message>
    <message>
        <source>belongs to &quot;last&quot; only: with &quot;weights&quot; every weighted round counts</source>
        <translation>belongs to &quot;last&quot; only: with &quot;weights&quot; every weighted round counts</translation>
    </message>
    <message>
        <source>belongs to &quot;weights&quot; only: with &quot;last&quot; one round&apos;s score ranks</source>
        <translation>belongs to &quot;weights&quot; only: with &quot;last&quot; one round&apos;s score ranks</translation>
    </message>
    <message>
        <source>must be true (a gate is a round the submission passed)</source>
        <translation>must be true (a gate is a round the submission passed)</translation>
    </message>
    <message>
        <source>names {rounds} more than once</source>
        <translation>names {rounds} more than once</translation>
    </message>
    <message>
        <source>names the round &apos;{name}&apos;, which the file does not have (it has: {ids})</source>
        <translation>names the round &apos;{name}&apos;, which the file does not have (it has: {ids})</translation>
    </message>
    <message>
        <source>must weigh at least one round</source>
        <translation>must weigh at least one round</translation>
    </message>
    <message>
        <source>must be more than 0 (leave a round out to give it no weight)</source>
        <translation>must be more than 0 (leave a round out to give it no weight)</translation>
    </message>
    <message>
        <source>must sum to exactly 100 (they sum to {total})</source>
        <translation>must sum to exactly 100 (they sum to {total})</translation>
    </message>
    <message>
        <source>Final score = {parts} (each round&apos;s score as its merge ranks).</source>
        <translation>Final score = {parts} (each round&apos;s score as its merge ranks).</translation>
    </message>
    <message>
        <source>Final score = the score of round {round} (as its merge ranks).</source>
        <translation>Final score = the score of round {round} (as its merge ranks).</translation>
    </message>
    <message>
        <source>minimum of complete evaluations {minimum}, {complete} of {expected} evaluations complete</source>
        <translation>minimum of complete evaluations {minimum}, {complete} of {expected} evaluations complete</translation>
    </message>
    <message>
        <source>Warning: round {round} was merged with a minimum of {applied} complete evaluations, below the rubric&apos;s minimum of {own} for it: its places may rest on fewer evaluations than the rubric asks ({complete} of {expected} evaluations complete).</source>
        <translation>Warning: round {round} was merged with a minimum of {applied} complete evaluations, below the rubric&apos;s minimum of {own} for it: its places may rest on fewer evaluations than the rubric asks ({complete} of {expected} evaluations complete).</translation>
    </message>
    <message>
        <source>Warning: round {round} was merged with the passing grade {applied}, not the rubric&apos;s {own} for it: its gate is not the one the rubric sets.</source>
        <translation>Warning: round {round} was merged with the passing grade {applied}, not the rubric&apos;s {own} for it: its gate is not the one the rubric sets.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Only submissions that passed round {rounds} (mean of the totals at or above its passing grade: {grades}) take a place.</source>
        <translation>Only submissions that passed round {rounds} (mean of the totals at or above its passing grade: {grades}) take a place.</translation>
    </message>
    <message>
        <source>A submission not ranked in a round the rule needs (fewer complete evaluations than that round&apos;s minimum: {minimums}) takes no place.</source>
        <translation>A submission not ranked in a round the rule needs (fewer complete evaluations than that round&apos;s minimum: {minimums}) takes no place.</translation>
    </message>
    <message>
        <source>Equal final scores share a place.</source>
        <translation>Equal final scores share a place.</translation>
    </message>
    <message>
        <source>Equal final scores are separated by the score in round {rounds}, in this order (higher first); what nothing separates shares a place.</source>
        <translation>Equal final scores are separated by the score in round {rounds}, in this order (higher first); what nothing separates shares a place.</translation>
    </message>
    <message>
        <source>not in round {round}</source>
        <translation>not in round {round}</translation>
    </message>
    <message>
        <source>not ranked in round {round}: {complete} of {expected} evaluations ({minimum} needed: assign another juror in that round)</source>
        <translation>not ranked in round {round}: {complete} of {expected} evaluations ({minimum} needed: assign another juror in that round)</translation>
    </message>
    <message>
        <source>not ranked in round {round}: {complete} of {expected} evaluations ({minimum} needed)</source>
        <translation>not ranked in round {round}: {complete} of {expected} evaluations ({minimum} needed)</translation>
    </message>
    <message>
        <source>did not pass round {round}: mean {mean} below the passing grade {grade}</source>
        <translation>did not pass round {round}: mean {mean} below the passing grade {grade}</translation>
    </message>
</context>
<context>
    <name>FinalSheets</name>
    <message>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>group rank</source>
        <translation>group rank</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>cluster rank</source>
        <translation>cluster rank</translation>
    </message>
    <message>
        <source>final score</source>
        <translation>final score</translation>
    </message>
    <message>
        <source>{round} score</source>
        <translation>{round} score</translation>
    </message>
    <message>
        <source>{round} rank</source>
        <translation>{round} rank</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Final ranking</translation>
    </message>
    <message>
        <source>overall rank</source>
        <translation>overall rank</translation>
    </message>
    <message>
        <source>entered round {round}</source>
        <translation>entered round {round}</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>candidates</translation>
    </message>
    <message>
        <source>ranked</source>
        <translation>ranked</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>not ranked</translation>
    </message>
    <message>
        <source>best rank</source>
        <translation>best rank</translation>
    </message>
    <message>
        <source>ranks</source>
        <translation>ranks</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>round</source>
        <translation>round</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>in the rule</source>
        <translation>in the rule</translation>
    </message>
    <message>
        <source>package</source>
        <translation>package</translation>
    </message>
    <message>
        <source>manifest SHA-256</source>
        <translation>manifest SHA-256</translation>
    </message>
    <message>
        <source>merged file SHA-256</source>
        <translation>merged file SHA-256</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>chair&apos;s key</source>
        <translation>chair&apos;s key</translation>
    </message>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>passing grade</source>
        <translation>passing grade</translation>
    </message>
    <message>
        <source>minimum of complete evaluations</source>
        <translation>minimum of complete evaluations</translation>
    </message>
    <message>
        <source>rubric&apos;s minimum</source>
        <translation>rubric&apos;s minimum</translation>
    </message>
    <message>
        <source>complete evaluations</source>
        <translation>complete evaluations</translation>
    </message>
    <message>
        <source>expected evaluations</source>
        <translation>expected evaluations</translation>
    </message>
    <message>
        <source>submissions</source>
        <translation>submissions</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>weight {weight}%</source>
        <translation>weight {weight}%</translation>
    </message>
    <message>
        <source>decides</source>
        <translation>decides</translation>
    </message>
    <message>
        <source>gate: must be passed</source>
        <translation>gate: must be passed</translation>
    </message>
    <message>
        <source>tie-break {n}</source>
        <translation>tie-break {n}</translation>
    </message>
    <message>
        <source>link of the chain</source>
        <translation>link of the chain</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Per group</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Per cluster</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <source>Your key&apos;s fingerprint</source>
        <translation>Your key&apos;s fingerprint</translation>
    </message>
    <message>
        <source>Give your public key file to the secretariat (on a USB stick or by e-mail); it puts your key in the packages you will score. Read this fingerprint out to them, or write it down: it lets them check that the file really is yours.</source>
        <translation>Give your public key file to the secretariat (on a USB stick or by e-mail); it puts your key in the packages you will score. Read this fingerprint out to them, or write it down: it lets them check that the file really is yours.</translation>
    </message>
    <message>
        <source>&amp;Save public key file…</source>
        <translation>&amp;Save public key file…</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Save public key file</source>
        <translation>Save public key file</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First start</source>
        <translation>First start</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>This workspace has no juror key yet. Create one first (juri keys new, or the first-run wizard).</source>
        <translation>This workspace has no juror key yet. Create one first (juri keys new, or the first-run wizard).</translation>
    </message>
    <message>
        <source>This workspace already has a juror key; it is never replaced.</source>
        <translation>This workspace already has a juror key; it is never replaced.</translation>
    </message>
    <message>
        <source>The juror id may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>The juror id may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>Your name {problem}.</source>
        <translation>Your name {problem}.</translation>
    </message>
    <message>
        <source>The key file {path} holds the key {found}, not your key {expected}: it belongs to someone else. Put your own key file back.</source>
        <translation>The key file {path} holds the key {found}, not your key {expected}: it belongs to someone else. Put your own key file back.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Your name appears on your results and evaluation sheets.</source>
        <translation>Your name appears on your results and evaluation sheets.</translation>
    </message>
    <message>
        <source>Juror &amp;ID:</source>
        <translation>Juror &amp;ID:</translation>
    </message>
    <message>
        <source>Juror ID</source>
        <translation>Juror ID</translation>
    </message>
    <message>
        <source>The juror ID may use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>The juror ID may use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Full na&amp;me:</translation>
    </message>
    <message>
        <source>as the secretariat gave it, e.g. J07</source>
        <translation>as the secretariat gave it, e.g. J07</translation>
    </message>
</context>
<context>
    <name>InterviewTab</name>
    <message>
        <source>Note each question and what the answer said. A new question opens below the last one; empty ones are not kept.</source>
        <translation>Note each question and what the answer said. A new question opens below the last one; empty ones are not kept.</translation>
    </message>
</context>
<context>
    <name>InterviewTimer</name>
    <message>
        <source>Interview timer</source>
        <translation>Interview timer</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Presentation {p} min, questions {q} min</source>
        <translation>Presentation {p} min, questions {q} min</translation>
    </message>
    <message>
        <source>Questions (F9)</source>
        <translation>Questions (F9)</translation>
    </message>
    <message>
        <source>Reset (Shift+F8)</source>
        <translation>Reset (Shift+F8)</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>{phase}: over time</source>
        <translation>{phase}: over time</translation>
    </message>
    <message>
        <source>{phase}, paused</source>
        <translation>{phase}, paused</translation>
    </message>
    <message>
        <source>Pause (F8)</source>
        <translation>Pause (F8)</translation>
    </message>
    <message>
        <source>Start (F8)</source>
        <translation>Start (F8)</translation>
    </message>
</context>
<context>
    <name>JuriWindow</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Switch the window to the new language now? Your work is saved.</source>
        <translation>Switch the window to the new language now? Your work is saved.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>KeyExposure</name>
    <message>
        <source>Key file warning</source>
        <translation>Key file warning</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your signing key</source>
        <translation>Your signing key</translation>
    </message>
    <message>
        <source>Juri signs your results with a key that never leaves this laptop. A passphrase protects it.</source>
        <translation>Juri signs your results with a key that never leaves this laptop. A passphrase protects it.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters that you will remember: you need it every time you hand in results. Nobody can recover it for you.</source>
        <translation>Choose a passphrase of at least {n} characters that you will remember: you need it every time you hand in results. Nobody can recover it for you.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>too short</translation>
    </message>
    <message>
        <source>weak: make it longer</source>
        <translation>weak: make it longer</translation>
    </message>
    <message>
        <source>fair: a longer phrase is better</source>
        <translation>fair: a longer phrase is better</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>the two passphrases differ</translation>
    </message>
    <message>
        <source>Making your key…</source>
        <translation>Making your key…</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>the public key is {problem}</source>
        <translation>the public key is {problem}</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>The passphrase must have at least {n} characters.</translation>
    </message>
    <message>
        <source>Warning: other users of this computer can read the private key file {path} (permissions {mode}). Make it readable by you alone (chmod 600), or keep it on a disk only you use.</source>
        <translation>Warning: other users of this computer can read the private key file {path} (permissions {mode}). Make it readable by you alone (chmod 600), or keep it on a disk only you use.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or not a Juri key ({detail}).</source>
        <translation>The key file {path} is damaged or not a Juri key ({detail}).</translation>
    </message>
    <message>
        <source>There is no key file at {path}.</source>
        <translation>There is no key file at {path}.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {error}</source>
        <translation>The key file {path} cannot be read: {error}</translation>
    </message>
    <message>
        <source>{path} is a public key file, not a private key.</source>
        <translation>{path} is a public key file, not a private key.</translation>
    </message>
    <message>
        <source>{path} is a private key; give the public key file.</source>
        <translation>{path} is a private key; give the public key file.</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>unsupported version</translation>
    </message>
    <message>
        <source>its fields are not {fields}</source>
        <translation>its fields are not {fields}</translation>
    </message>
    <message>
        <source>the label is not text</source>
        <translation>the label is not text</translation>
    </message>
    <message>
        <source>its fingerprint {stated} is not the fingerprint of its key ({actual})</source>
        <translation>its fingerprint {stated} is not the fingerprint of its key ({actual})</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key {fingerprint}.</source>
        <translation>Wrong passphrase for the key {fingerprint}.</translation>
    </message>
    <message>
        <source>the private and public halves do not match</source>
        <translation>the private and public halves do not match</translation>
    </message>
    <message>
        <source>the {part} is not {n} bytes long</source>
        <translation>the {part} is not {n} bytes long</translation>
    </message>
    <message>
        <source>not a canonical encoding of a key</source>
        <translation>not a canonical encoding of a key</translation>
    </message>
    <message>
        <source>not a point on the Ed25519 curve</source>
        <translation>not a point on the Ed25519 curve</translation>
    </message>
    <message>
        <source>a weak (small-order) key, for which anyone can make signatures</source>
        <translation>a weak (small-order) key, for which anyone can make signatures</translation>
    </message>
    <message>
        <source>a key with a small-order part, which no Ed25519 key pair has</source>
        <translation>a key with a small-order part, which no Ed25519 key pair has</translation>
    </message>
    <message>
        <source>the signature is not canonical (its S is not below the group order)</source>
        <translation>the signature is not canonical (its S is not below the group order)</translation>
    </message>
    <message>
        <source>the signature&apos;s R is not a canonical encoding</source>
        <translation>the signature&apos;s R is not a canonical encoding</translation>
    </message>
    <message>
        <source>the signature&apos;s R is not a point on the Ed25519 curve</source>
        <translation>the signature&apos;s R is not a point on the Ed25519 curve</translation>
    </message>
    <message>
        <source>the signature&apos;s R is a weak (small-order) point, which needs no key</source>
        <translation>the signature&apos;s R is a weak (small-order) point, which needs no key</translation>
    </message>
    <message>
        <source>the signature&apos;s R has a small-order part</source>
        <translation>the signature&apos;s R has a small-order part</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key fingerprint: four groups of four letters and digits joined by &apos;-&apos;, such as ABCD-EFGH-IJKL-MNOP.</source>
        <translation>&apos;{text}&apos; is not a key fingerprint: four groups of four letters and digits joined by &apos;-&apos;, such as ABCD-EFGH-IJKL-MNOP.</translation>
    </message>
    <message>
        <source>The key {fingerprint} is already accepted for juror {owner}; a key counts for one juror only, so it cannot be accepted for juror {juror} too.</source>
        <translation>The key {fingerprint} is already accepted for juror {owner}; a key counts for one juror only, so it cannot be accepted for juror {juror} too.</translation>
    </message>
    <message>
        <source>Juror {juror} is not in the package&apos;s roster, so no key can be accepted for them.</source>
        <translation>Juror {juror} is not in the package&apos;s roster, so no key can be accepted for them.</translation>
    </message>
    <message>
        <source>The key {fingerprint} is juror {juror}&apos;s key in the package&apos;s roster already; there is nothing to accept.</source>
        <translation>The key {fingerprint} is juror {juror}&apos;s key in the package&apos;s roster already; there is nothing to accept.</translation>
    </message>
    <message>
        <source>The key {fingerprint} is juror {owner}&apos;s key in the package&apos;s roster; it can never be accepted for juror {juror}, or {owner} could sign as {juror}.</source>
        <translation>The key {fingerprint} is juror {owner}&apos;s key in the package&apos;s roster; it can never be accepted for juror {juror}, or {owner} could sign as {juror}.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Juri</source>
        <translation>Welcome to Juri</translation>
    </message>
    <message>
        <source>Juri lets you score the submissions of a competition on this laptop, without a network, and hand in signed results. First choose your language.</source>
        <translation>Juri lets you score the submissions of a competition on this laptop, without a network, and hand in signed results. First choose your language.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;Open package…</translation>
    </message>
    <message>
        <source>&amp;Finish and export results…</source>
        <translation>&amp;Finish and export results…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <source>Redo: {what}</source>
        <translation>Redo: {what}</translation>
    </message>
    <message>
        <source>&amp;Next unscored submission</source>
        <translation>&amp;Next unscored submission</translation>
    </message>
    <message>
        <source>Next submission</source>
        <translation>Next submission</translation>
    </message>
    <message>
        <source>Previous submission</source>
        <translation>Previous submission</translation>
    </message>
    <message>
        <source>Declare &amp;conflict of interest…</source>
        <translation>Declare &amp;conflict of interest…</translation>
    </message>
    <message>
        <source>&amp;Find submission</source>
        <translation>&amp;Find submission</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Proposal</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>V&amp;ideo</source>
        <translation>V&amp;ideo</translation>
    </message>
    <message>
        <source>S&amp;witch package</source>
        <translation>S&amp;witch package</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Saving status</translation>
    </message>
    <message>
        <source>This is version {version}; it replaces version {old}. Every evaluation you made is kept. It assigns no new submission to you.</source>
        <translation>This is version {version}; it replaces version {old}. Every evaluation you made is kept. It assigns no new submission to you.</translation>
    </message>
    <message>
        <source>This is version {version}; it replaces version {old}. Every evaluation you made is kept. Newly assigned to you: {codes}.</source>
        <translation>This is version {version}; it replaces version {old}. Every evaluation you made is kept. Newly assigned to you: {codes}.</translation>
    </message>
    <message>
        <source>Intervie&amp;w notes</source>
        <translation>Intervie&amp;w notes</translation>
    </message>
    <message>
        <source>⚠ That change was not made; the rest is saved</source>
        <translation>⚠ That change was not made; the rest is saved</translation>
    </message>
    <message>
        <source>Every submission is scored, or you declared a conflict of interest.</source>
        <translation>Every submission is scored, or you declared a conflict of interest.</translation>
    </message>
    <message>
        <source>Type a score, or change it with the arrow keys</source>
        <translation>Type a score, or change it with the arrow keys</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Print evaluation sheets…</source>
        <translation>&amp;Print evaluation sheets…</translation>
    </message>
    <message>
        <source>Save evaluation sheets as P&amp;DF…</source>
        <translation>Save evaluation sheets as P&amp;DF…</translation>
    </message>
    <message>
        <source>Type in a p&amp;aper sheet…</source>
        <translation>Type in a p&amp;aper sheet…</translation>
    </message>
    <message>
        <source>S&amp;top paper mode</source>
        <translation>S&amp;top paper mode</translation>
    </message>
    <message>
        <source>Save public &amp;key file…</source>
        <translation>Save public &amp;key file…</translation>
    </message>
    <message>
        <source>Choose the &amp;recommendation</source>
        <translation>Choose the &amp;recommendation</translation>
    </message>
    <message>
        <source>Field &amp;visit</source>
        <translation>Field &amp;visit</translation>
    </message>
    <message>
        <source>&amp;About Juri</source>
        <translation>&amp;About Juri</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Scoring</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Open package</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>Opening cancelled.</translation>
    </message>
    <message>
        <source>Package opened</source>
        <translation>Package opened</translation>
    </message>
    <message>
        <source>The package is complete and signed by {secretariat}.

Key fingerprint: {fp}
Compare it with the fingerprint the secretariat gave you.

{n} submissions are assigned to you as juror {juror}.</source>
        <translation>The package is complete and signed by {secretariat}.

Key fingerprint: {fp}
Compare it with the fingerprint the secretariat gave you.

{n} submissions are assigned to you as juror {juror}.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>✓ Saved {time}</source>
        <translation>✓ Saved {time}</translation>
    </message>
    <message>
        <source>… typing, not saved yet</source>
        <translation>… typing, not saved yet</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Exported: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>Save public key file</source>
        <translation>Save public key file</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Next / previous field: a score, its comment, … the overall comment, the recommendation</source>
        <translation>Next / previous field: a score, its comment, … the overall comment, the recommendation</translation>
    </message>
    <message>
        <source>Write the comment for this score</source>
        <translation>Write the comment for this score</translation>
    </message>
    <message>
        <source>Back from a comment to its score</source>
        <translation>Back from a comment to its score</translation>
    </message>
    <message>
        <source>Open the choices of a list box</source>
        <translation>Open the choices of a list box</translation>
    </message>
    <message>
        <source>Find a submission</source>
        <translation>Find a submission</translation>
    </message>
    <message>
        <source>Find in the proposal</source>
        <translation>Find in the proposal</translation>
    </message>
    <message>
        <source>Interview timer: start or pause</source>
        <translation>Interview timer: start or pause</translation>
    </message>
    <message>
        <source>Interview timer: the presenter is done, questions start</source>
        <translation>Interview timer: the presenter is done, questions start</translation>
    </message>
    <message>
        <source>Interview timer: reset for the next presenter</source>
        <translation>Interview timer: reset for the next presenter</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>this is not a Juri package manifest</source>
        <translation>this is not a Juri package manifest</translation>
    </message>
    <message>
        <source>is the secretariat&apos;s own key: a juror needs a key of their own</source>
        <translation>is the secretariat&apos;s own key: a juror needs a key of their own</translation>
    </message>
    <message>
        <source>a package cannot come from itself</source>
        <translation>a package cannot come from itself</translation>
    </message>
    <message>
        <source>the next round must be another round than {round}</source>
        <translation>the next round must be another round than {round}</translation>
    </message>
    <message>
        <source>a version is listed twice</source>
        <translation>a version is listed twice</translation>
    </message>
    <message>
        <source>version {version} must name the {n} earlier version(s), not {count}</source>
        <translation>version {version} must name the {n} earlier version(s), not {count}</translation>
    </message>
    <message>
        <source>is not the fingerprint of chair_key</source>
        <translation>is not the fingerprint of chair_key</translation>
    </message>
    <message>
        <source>names no rule</source>
        <translation>names no rule</translation>
    </message>
    <message>
        <source>passing is a rule of its own, not combined with places</source>
        <translation>passing is a rule of its own, not combined with places</translation>
    </message>
    <message>
        <source>juror or key listed twice</source>
        <translation>juror or key listed twice</translation>
    </message>
    <message>
        <source>the package names no juror</source>
        <translation>the package names no juror</translation>
    </message>
    <message>
        <source>file {path} is listed twice</source>
        <translation>file {path} is listed twice</translation>
    </message>
    <message>
        <source>a file role repeats</source>
        <translation>a file role repeats</translation>
    </message>
    <message>
        <source>is not a web link (only http:// and https:// links)</source>
        <translation>is not a web link (only http:// and https:// links)</translation>
    </message>
    <message>
        <source>unknown file role</source>
        <translation>unknown file role</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot name a file in a package: {problem}</source>
        <translation>&apos;{path}&apos; cannot name a file in a package: {problem}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a safe path inside files/</source>
        <translation>&apos;{path}&apos; is not a safe path inside files/</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal characters</source>
        <translation>must be 64 lowercase hexadecimal characters</translation>
    </message>
    <message>
        <source>code {code} is listed twice (perhaps in other upper and lower case)</source>
        <translation>code {code} is listed twice (perhaps in other upper and lower case)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a packaged file&apos;s name: {problem}</source>
        <translation>&apos;{name}&apos; cannot be a packaged file&apos;s name: {problem}</translation>
    </message>
    <message>
        <source>juror {id} is not in the roster</source>
        <translation>juror {id} is not in the roster</translation>
    </message>
    <message>
        <source>names unknown or repeated submissions</source>
        <translation>names unknown or repeated submissions</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>made for another amendment of this package that is also version {version} (manifest {sha}, not {used}): two different amendments with the same version; ask the secretariat which one is in force</source>
        <translation>made for another amendment of this package that is also version {version} (manifest {sha}, not {used}): two different amendments with the same version; ask the secretariat which one is in force</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>cannot be read: {error}</translation>
    </message>
    <message>
        <source>the same content as {name}; counted once</source>
        <translation>the same content as {name}; counted once</translation>
    </message>
    <message>
        <source>not a readable merged file ({problem})</source>
        <translation>not a readable merged file ({problem})</translation>
    </message>
    <message>
        <source>bad signature: the merged file was changed after the chair signed it</source>
        <translation>bad signature: the merged file was changed after the chair signed it</translation>
    </message>
    <message>
        <source>made by a newer version of Juri (schema {schema}); update Juri</source>
        <translation>made by a newer version of Juri (schema {schema}); update Juri</translation>
    </message>
    <message>
        <source>signed, but not a valid merged file ({problem})</source>
        <translation>signed, but not a valid merged file ({problem})</translation>
    </message>
    <message>
        <source>a merged file made for another version of this package (manifest {sha}), which version {version} does not name as an earlier one: a newer version, or one the secretariat did not sign as an amendment; use the newest version of the package</source>
        <translation>a merged file made for another version of this package (manifest {sha}), which version {version} does not name as an earlier one: a newer version, or one the secretariat did not sign as an amendment; use the newest version of the package</translation>
    </message>
    <message>
        <source>a merged file for another package ({package}), not {expected}</source>
        <translation>a merged file for another package ({package}), not {expected}</translation>
    </message>
    <message>
        <source>merged file signed by the chair&apos;s key {fingerprint} ({name}); each of the %n result file(s) it carries is checked on its own</source>
        <translation>merged file signed by the chair&apos;s key {fingerprint} ({name}); each of the %n result file(s) it carries is checked on its own</translation>
    </message>
    <message>
        <source>also version {n} of juror {id}, but different from {name}, which was made later and is used instead; ask the juror which one is right</source>
        <translation>also version {n} of juror {id}, but different from {name}, which was made later and is used instead; ask the juror which one is right</translation>
    </message>
    <message>
        <source>version {old} of juror {id}; version {new} ({name}) replaces it</source>
        <translation>version {old} of juror {id}; version {new} ({name}) replaces it</translation>
    </message>
    <message>
        <source>the chair accepted this key for juror {owner} only</source>
        <translation>the chair accepted this key for juror {owner} only</translation>
    </message>
    <message>
        <source>valid signature, key {fingerprint} accepted by the chair for juror {juror}; {summary}</source>
        <translation>valid signature, key {fingerprint} accepted by the chair for juror {juror}; {summary}</translation>
    </message>
    <message>
        <source>also version {n} of juror {id}, but different from {name}; both say they were made at {time}, so the one with the higher SHA-256 ({name}) is used, which says nothing about which is right: ask the juror</source>
        <translation>also version {n} of juror {id}, but different from {name}; both say they were made at {time}, so the one with the higher SHA-256 ({name}) is used, which says nothing about which is right: ask the juror</translation>
    </message>
    <message>
        <source>The merge was cancelled.</source>
        <translation>The merge was cancelled.</translation>
    </message>
    <message>
        <source>Unknown tie-break &apos;{item}&apos;: give criterion codes ({codes}), &apos;weights&apos; or &apos;evaluations&apos;.</source>
        <translation>Unknown tie-break &apos;{item}&apos;: give criterion codes ({codes}), &apos;weights&apos; or &apos;evaluations&apos;.</translation>
    </message>
    <message>
        <source>The trim must lie between 0 and {n}.</source>
        <translation>The trim must lie between 0 and {n}.</translation>
    </message>
    <message>
        <source>The disagreement threshold must be 0 or more.</source>
        <translation>The disagreement threshold must be 0 or more.</translation>
    </message>
    <message>
        <source>The passing grade must lie between 0 and 100.</source>
        <translation>The passing grade must lie between 0 and 100.</translation>
    </message>
    <message>
        <source>The minimum number of complete evaluations must lie between 1 and {n}.</source>
        <translation>The minimum number of complete evaluations must lie between 1 and {n}.</translation>
    </message>
    <message>
        <source>%n file(s) were made for another amendment of package {id} that is also version {version}: {names}. The secretariat signed two different amendments with the same version: ask it which one is in force</source>
        <translation>%n file(s) were made for another amendment of package {id} that is also version {version}: {names}. The secretariat signed two different amendments with the same version: ask it which one is in force</translation>
    </message>
    <message>
        <source>%n file(s) were made for another version of package {id} than version {version} used here, most likely a newer one: {names}</source>
        <translation>%n file(s) were made for another version of package {id} than version {version} used here, most likely a newer one: {names}</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>Use the newest version of the package (results made for its earlier versions count under it); nothing was written.</source>
        <translation>Use the newest version of the package (results made for its earlier versions count under it); nothing was written.</translation>
    </message>
    <message>
        <source>equal to the neighbour&apos;s score at two decimals</source>
        <translation>equal to the neighbour&apos;s score at two decimals</translation>
    </message>
    <message>
        <source>tie: nothing separates the scores</source>
        <translation>tie: nothing separates the scores</translation>
    </message>
    <message>
        <source>placed by {key}</source>
        <translation>placed by {key}</translation>
    </message>
    <message>
        <source>The merged file could not be written to {path}: {error}</source>
        <translation>The merged file could not be written to {path}: {error}</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>merged file</source>
        <translation>merged file</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>tampered</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>malformed</translation>
    </message>
    <message>
        <source>for another package</source>
        <translation>for another package</translation>
    </message>
    <message>
        <source>juror not in roster</source>
        <translation>juror not in roster</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>{name} cannot replace version {version} of the package open: {problem}.</source>
        <translation>{name} cannot replace version {version} of the package open: {problem}.</translation>
    </message>
    <message>
        <source>Open the package the results are for first.</source>
        <translation>Open the package the results are for first.</translation>
    </message>
</context>
<context>
    <name>MergedFile</name>
    <message>
        <source>this is not a Juri merged file</source>
        <translation>this is not a Juri merged file</translation>
    </message>
    <message>
        <source>does not match the embedded result</source>
        <translation>does not match the embedded result</translation>
    </message>
    <message>
        <source>labelled juror {label} version {n}, but the result it carries is juror {juror} version {sequence}</source>
        <translation>labelled juror {label} version {n}, but the result it carries is juror {juror} version {sequence}</translation>
    </message>
    <message>
        <source>is not the fingerprint of the key in the result it labels</source>
        <translation>is not the fingerprint of the key in the result it labels</translation>
    </message>
    <message>
        <source>unknown decision</source>
        <translation>unknown decision</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>mean of the weighted totals</source>
        <translation>mean of the weighted totals</translation>
    </message>
    <message>
        <source>median of the weighted totals</source>
        <translation>median of the weighted totals</translation>
    </message>
    <message>
        <source>trimmed mean of the weighted totals</source>
        <translation>trimmed mean of the weighted totals</translation>
    </message>
    <message>
        <source>mean of per-juror z-scores, on the 0–100 scale</source>
        <translation>mean of per-juror z-scores, on the 0–100 scale</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>it contains a control character</source>
        <translation>it contains a control character</translation>
    </message>
    <message>
        <source>it contains the invisible character {code}, which can make a name read as another (photo.exe as photo.jpg)</source>
        <translation>it contains the invisible character {code}, which can make a name read as another (photo.exe as photo.jpg)</translation>
    </message>
    <message>
        <source>it contains a character Windows reserves (\ &lt; &gt; : &quot; | ? *)</source>
        <translation>it contains a character Windows reserves (\ &lt; &gt; : &quot; | ? *)</translation>
    </message>
    <message>
        <source>it is absolute or has an empty part</source>
        <translation>it is absolute or has an empty part</translation>
    </message>
    <message>
        <source>it has a &apos;.&apos; or &apos;..&apos; part</source>
        <translation>it has a &apos;.&apos; or &apos;..&apos; part</translation>
    </message>
    <message>
        <source>a part of it ends in a dot or a space, which Windows drops</source>
        <translation>a part of it ends in a dot or a space, which Windows drops</translation>
    </message>
    <message>
        <source>a part of it is a device name on Windows (CON, PRN, AUX, NUL, COM1, LPT1 …)</source>
        <translation>a part of it is a device name on Windows (CON, PRN, AUX, NUL, COM1, LPT1 …)</translation>
    </message>
    <message>
        <source>it names a folder, not just a file</source>
        <translation>it names a folder, not just a file</translation>
    </message>
    <message>
        <source>it is not in Unicode normal form C</source>
        <translation>it is not in Unicode normal form C</translation>
    </message>
    <message>
        <source>it does not end in {suffixes}</source>
        <translation>it does not end in {suffixes}</translation>
    </message>
</context>
<context>
    <name>NextRound</name>
    <message>
        <source>{name} is signed by the key {actual}, not by the chair&apos;s key {expected}. Nothing was written.</source>
        <translation>{name} is signed by the key {actual}, not by the chair&apos;s key {expected}. Nothing was written.</translation>
    </message>
    <message>
        <source>{name} is a merged file, but not byte for byte as Juri wrote it (was it saved again by another program?): the next round records the SHA-256 of the file the chair signed, so give that file.</source>
        <translation>{name} is a merged file, but not byte for byte as Juri wrote it (was it saved again by another program?): the next round records the SHA-256 of the file the chair signed, so give that file.</translation>
    </message>
    <message>
        <source>{juror} declared a conflict of interest for {code} in round {round} and is assigned to it again; if the conflict still holds, give --assignments without that pair.</source>
        <translation>{juror} declared a conflict of interest for {code} in round {round} and is assigned to it again; if the conflict still holds, give --assignments without that pair.</translation>
    </message>
    <message>
        <source>{name} is too large to be a merged file.</source>
        <translation>{name} is too large to be a merged file.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
</context>
<context>
    <name>OsError</name>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>the name is too long</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
    <message>
        <source>The file is too large to be a package.</source>
        <translation>The file is too large to be a package.</translation>
    </message>
    <message>
        <source>{name} is not a Juri package (it is not a zip archive).</source>
        <translation>{name} is not a Juri package (it is not a zip archive).</translation>
    </message>
    <message>
        <source>The package is damaged and cannot be read ({error}).</source>
        <translation>The package is damaged and cannot be read ({error}).</translation>
    </message>
    <message>
        <source>{name} is not a Juri package: it has no manifest.json.</source>
        <translation>{name} is not a Juri package: it has no manifest.json.</translation>
    </message>
    <message>
        <source>The package is not signed: manifest.sig is missing.</source>
        <translation>The package is not signed: manifest.sig is missing.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid: {problem}</source>
        <translation>The package&apos;s manifest is not valid: {problem}</translation>
    </message>
    <message>
        <source>Opening the package was cancelled.</source>
        <translation>Opening the package was cancelled.</translation>
    </message>
    <message>
        <source>The package has more than {n} entries.</source>
        <translation>The package has more than {n} entries.</translation>
    </message>
    <message>
        <source>The package contains a link ({name}); packages hold files only.</source>
        <translation>The package contains a link ({name}); packages hold files only.</translation>
    </message>
    <message>
        <source>The package&apos;s entry {name} is marked as a program or a special file; packages hold plain files only.</source>
        <translation>The package&apos;s entry {name} is marked as a program or a special file; packages hold plain files only.</translation>
    </message>
    <message>
        <source>The package&apos;s entry {name} is marked hidden, as a system file or as a folder for Windows; packages hold plain files only.</source>
        <translation>The package&apos;s entry {name} is marked hidden, as a system file or as a folder for Windows; packages hold plain files only.</translation>
    </message>
    <message>
        <source>The package contains an encrypted entry ({name}).</source>
        <translation>The package contains an encrypted entry ({name}).</translation>
    </message>
    <message>
        <source>The package&apos;s entry {name} is packed in a way Juri does not read (only stored or deflated files, in one zip file).</source>
        <translation>The package&apos;s entry {name} is packed in a way Juri does not read (only stored or deflated files, in one zip file).</translation>
    </message>
    <message>
        <source>{name} is larger than the limit of {mb} MB.</source>
        <translation>{name} is larger than the limit of {mb} MB.</translation>
    </message>
    <message>
        <source>{name} expands far beyond its packed size (a compression bomb).</source>
        <translation>{name} expands far beyond its packed size (a compression bomb).</translation>
    </message>
    <message>
        <source>The package&apos;s files add up to more than the limit of {gb} GB.</source>
        <translation>The package&apos;s files add up to more than the limit of {gb} GB.</translation>
    </message>
    <message>
        <source>{name} is larger than the limit of {kb} KB.</source>
        <translation>{name} is larger than the limit of {kb} KB.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid JSON: {problem}</source>
        <translation>The package&apos;s manifest is not valid JSON: {problem}</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not a JSON object.</source>
        <translation>The package&apos;s manifest is not a JSON object.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Juri (schema {schema}). Update Juri to open it.</source>
        <translation>The package was made by a newer version of Juri (schema {schema}). Update Juri to open it.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not in canonical form, so it was not written by Juri.</source>
        <translation>The package&apos;s manifest is not in canonical form, so it was not written by Juri.</translation>
    </message>
    <message>
        <source>The package&apos;s signature is not valid: it was changed after the secretariat signed it, or it is damaged.</source>
        <translation>The package&apos;s signature is not valid: it was changed after the secretariat signed it, or it is damaged.</translation>
    </message>
    <message>
        <source>The file {path} listed in the manifest is missing.</source>
        <translation>The file {path} listed in the manifest is missing.</translation>
    </message>
    <message>
        <source>The package is damaged: the packed data of {path} does not give what its directory entry says.</source>
        <translation>The package is damaged: the packed data of {path} does not give what its directory entry says.</translation>
    </message>
    <message>
        <source>The file {path} has {actual} bytes, but the manifest says {expected}.</source>
        <translation>The file {path} has {actual} bytes, but the manifest says {expected}.</translation>
    </message>
    <message>
        <source>The package contains a file name it may not hold: {name} ({problem})</source>
        <translation>The package contains a file name it may not hold: {name} ({problem})</translation>
    </message>
    <message>
        <source>The package&apos;s entry {name} carries a comment; Juri writes none.</source>
        <translation>The package&apos;s entry {name} carries a comment; Juri writes none.</translation>
    </message>
    <message>
        <source>The package contains {name} twice (as {twin} too: names that differ only in case or Unicode form are one file on Windows and macOS).</source>
        <translation>The package contains {name} twice (as {twin} too: names that differ only in case or Unicode form are one file on Windows and macOS).</translation>
    </message>
    <message>
        <source>it has no secretariat</source>
        <translation>it has no secretariat</translation>
    </message>
    <message>
        <source>The package&apos;s manifest names no valid secretariat key ({problem}).</source>
        <translation>The package&apos;s manifest names no valid secretariat key ({problem}).</translation>
    </message>
    <message>
        <source>The package contains a file the manifest does not list: {path}</source>
        <translation>The package contains a file the manifest does not list: {path}</translation>
    </message>
    <message>
        <source>The package is too large.</source>
        <translation>The package is too large.</translation>
    </message>
    <message>
        <source>The file {path} was changed after the secretariat signed the package (its SHA-256 does not match).</source>
        <translation>The file {path} was changed after the secretariat signed the package (its SHA-256 does not match).</translation>
    </message>
    <message>
        <source>The package holds bytes that belong to no part of the zip (at byte {offset}): it was changed after it was built.</source>
        <translation>The package holds bytes that belong to no part of the zip (at byte {offset}): it was changed after it was built.</translation>
    </message>
    <message>
        <source>The package is damaged: the header of {path} does not match the package&apos;s directory.</source>
        <translation>The package is damaged: the header of {path} does not match the package&apos;s directory.</translation>
    </message>
    <message>
        <source>The package is damaged: the file {path} is cut short.</source>
        <translation>The package is damaged: the file {path} is cut short.</translation>
    </message>
    <message>
        <source>The package has a comment or bytes after its end: it was changed after it was built.</source>
        <translation>The package has a comment or bytes after its end: it was changed after it was built.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>PackageView</name>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Proposal</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>V&amp;ideo</source>
        <translation>V&amp;ideo</translation>
    </message>
    <message>
        <source>Field visi&amp;t</source>
        <translation>Field visi&amp;t</translation>
    </message>
    <message>
        <source>Intervie&amp;w notes</source>
        <translation>Intervie&amp;w notes</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <source>No package is open in this workspace yet; open one first (juri workspace import PKG, or File → Open package… in the app).</source>
        <translation>No package is open in this workspace yet; open one first (juri workspace import PKG, or File → Open package… in the app).</translation>
    </message>
    <message>
        <source>Say which package with --package: this workspace has %n package(s): {ids}.</source>
        <translation>Say which package with --package: this workspace has %n package(s): {ids}.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the start of several package ids: {ids}. Give more of it.</source>
        <translation>&apos;{id}&apos; is the start of several package ids: {ids}. Give more of it.</translation>
    </message>
    <message>
        <source>There is no package &apos;{id}&apos; in this workspace; it has: {ids}.</source>
        <translation>There is no package &apos;{id}&apos; in this workspace; it has: {ids}.</translation>
    </message>
    <message>
        <source>{name} is too large to show in Juri ({mb} MB). Ask the secretariat for a smaller copy.</source>
        <translation>{name} is too large to show in Juri ({mb} MB). Ask the secretariat for a smaller copy.</translation>
    </message>
    <message>
        <source>There is no package &apos;{id}&apos; in this workspace.</source>
        <translation>There is no package &apos;{id}&apos; in this workspace.</translation>
    </message>
    <message>
        <source>This package&apos;s roster does not contain your key ({fingerprint}). Send your public key file to the secretariat and ask for a package that includes you.</source>
        <translation>This package&apos;s roster does not contain your key ({fingerprint}). Send your public key file to the secretariat and ask for a package that includes you.</translation>
    </message>
    <message>
        <source>This package assigns no submission to you ({id}).</source>
        <translation>This package assigns no submission to you ({id}).</translation>
    </message>
    <message>
        <source>This is version {old} of package {id}; your workspace holds version {held}, which already includes everything in it. Nothing was changed.</source>
        <translation>This is version {old} of package {id}; your workspace holds version {held}, which already includes everything in it. Nothing was changed.</translation>
    </message>
    <message>
        <source>Your workspace holds another version {version} of package {id}: the secretariat signed two different amendments with the same version. Ask it which one is in force. Nothing was changed.</source>
        <translation>Your workspace holds another version {version} of package {id}: the secretariat signed two different amendments with the same version. Ask it which one is in force. Nothing was changed.</translation>
    </message>
    <message>
        <source>A different package with the same id ({id}) is already in your workspace; the secretariat must give a new package a new id.</source>
        <translation>A different package with the same id ({id}) is already in your workspace; the secretariat must give a new package a new id.</translation>
    </message>
    <message>
        <source>Version {version} of package {id} cannot replace the version in your workspace: {problem}. Nothing was changed; ask the secretariat.</source>
        <translation>Version {version} of package {id} cannot replace the version in your workspace: {problem}. Nothing was changed; ask the secretariat.</translation>
    </message>
    <message>
        <source>Opening the package was cancelled.</source>
        <translation>Opening the package was cancelled.</translation>
    </message>
    <message>
        <source>Cannot copy the package {path} into the workspace: {error}</source>
        <translation>Cannot copy the package {path} into the workspace: {error}</translation>
    </message>
</context>
<context>
    <name>PactPage</name>
    <message>
        <source>Integrity pact</source>
        <translation>Integrity pact</translation>
    </message>
    <message>
        <source>Your acceptance is recorded and goes into your signed results.</source>
        <translation>Your acceptance is recorded and goes into your signed results.</translation>
    </message>
    <message>
        <source>I have read the integrity pact and &amp;accept it</source>
        <translation>I have read the integrity pact and &amp;accept it</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>The PDF cannot be laid out on A4 pages: a text in it is too long for one page (a name, a place or a title of thousands of characters). Shorten it and try again; nothing was written.</source>
        <translation>The PDF cannot be laid out on A4 pages: a text in it is too long for one page (a name, a place or a title of thousands of characters). Shorten it and try again; nothing was written.</translation>
    </message>
</context>
<context>
    <name>PaperBand</name>
    <message>
        <source>Stop paper &amp;mode</source>
        <translation>Stop paper &amp;mode</translation>
    </message>
    <message>
        <source>Paper mode</source>
        <translation>Paper mode</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paper mode&lt;/b&gt; – typing in the paper sheet of {code} ({juror}): the scores you enter for it are recorded as coming from paper.</source>
        <translation>&lt;b&gt;Paper mode&lt;/b&gt; – typing in the paper sheet of {code} ({juror}): the scores you enter for it are recorded as coming from paper.</translation>
    </message>
    <message>
        <source>The submission shown now is {shown}, not the sheet&apos;s.</source>
        <translation>The submission shown now is {shown}, not the sheet&apos;s.</translation>
    </message>
</context>
<context>
    <name>PaperSheetDialog</name>
    <message>
        <source>Type in a paper sheet</source>
        <translation>Type in a paper sheet</translation>
    </message>
    <message>
        <source>Scan the QR code on the evaluation sheet, or type the code printed under &lt;i&gt;Sheet code&lt;/i&gt;, then press Enter.</source>
        <translation>Scan the QR code on the evaluation sheet, or type the code printed under &lt;i&gt;Sheet code&lt;/i&gt;, then press Enter.</translation>
    </message>
    <message>
        <source>Sheet code</source>
        <translation>Sheet code</translation>
    </message>
    <message>
        <source>Problem with the sheet code</source>
        <translation>Problem with the sheet code</translation>
    </message>
    <message>
        <source>&amp;Open the sheet&apos;s submission</source>
        <translation>&amp;Open the sheet&apos;s submission</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>it needs a password to open: save it again without an open password (jurors could not read it)</source>
        <translation>it needs a password to open: save it again without an open password (jurors could not read it)</translation>
    </message>
    <message>
        <source>it is locked with a protection the PDF viewer does not support: save it again without protection</source>
        <translation>it is locked with a protection the PDF viewer does not support: save it again without protection</translation>
    </message>
    <message>
        <source>it is damaged or incomplete (perhaps cut short while copied or downloaded): get the file again</source>
        <translation>it is damaged or incomplete (perhaps cut short while copied or downloaded): get the file again</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>it has no pages</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The PDF could not be read: {error}</source>
        <translation>The PDF could not be read: {error}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>Saving was cancelled.</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {error}. Any earlier file there is unchanged.</source>
        <translation>The PDF could not be written to {path}: {error}. Any earlier file there is unchanged.</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>The PDF that was made cannot be read back.</source>
        <translation>The PDF that was made cannot be read back.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>Sent to the printer: {title}, {pages} pages.</source>
        <translation>Sent to the printer: {title}, {pages} pages.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and chosen in the print dialog, or save the PDF and print it from there.</source>
        <translation>The printer could not be started. Check that it is connected and chosen in the print dialog, or save the PDF and print it from there.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>{scored} of {assigned} scored</source>
        <translation>{scored} of {assigned} scored</translation>
    </message>
    <message>
        <source>{scored} of {assigned} scored, {recused} with a conflict of interest</source>
        <translation>{scored} of {assigned} scored, {recused} with a conflict of interest</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit the pages to the width of the view</source>
        <translation>Fit the pages to the width of the view</translation>
    </message>
    <message>
        <source>Find in proposal</source>
        <translation>Find in proposal</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>Open in another program</translation>
    </message>
    <message>
        <source>This PDF cannot be shown in Juri ({name}). Open it in another program to read it.</source>
        <translation>This PDF cannot be shown in Juri ({name}). Open it in another program to read it.</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>of {n}</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>{i} of {n}</source>
        <translation>{i} of {n}</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Question {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <source>Question {n}: what the panel asked</source>
        <translation>Question {n}: what the panel asked</translation>
    </message>
    <message>
        <source>Notes on the answer to question {n}</source>
        <translation>Notes on the answer to question {n}</translation>
    </message>
    <message>
        <source>What the answer said, what it left out</source>
        <translation>What the answer said, what it left out</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>not ranked: {complete} of {expected} evaluations ({minimum} needed: assign another juror)</source>
        <translation>not ranked: {complete} of {expected} evaluations ({minimum} needed: assign another juror)</translation>
    </message>
    <message>
        <source>not ranked: {complete} of {expected} evaluations ({minimum} needed)</source>
        <translation>not ranked: {complete} of {expected} evaluations ({minimum} needed)</translation>
    </message>
    <message>
        <source>to the mean of the jurors&apos; weighted totals, whatever method ranks</source>
        <translation>to the mean of the jurors&apos; weighted totals, whatever method ranks</translation>
    </message>
</context>
<context>
    <name>Recap</name>
    <message>
        <source>weighted total (0–100)</source>
        <translation>weighted total (0–100)</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>passing grade {grade}</source>
        <translation>passing grade {grade}</translation>
    </message>
    <message>
        <source>mean of the jurors&apos; weighted totals</source>
        <translation>mean of the jurors&apos; weighted totals</translation>
    </message>
    <message>
        <source>median of the jurors&apos; weighted totals</source>
        <translation>median of the jurors&apos; weighted totals</translation>
    </message>
    <message>
        <source>trimmed mean of the jurors&apos; weighted totals</source>
        <translation>trimmed mean of the jurors&apos; weighted totals</translation>
    </message>
    <message>
        <source>mean of the totals after per-juror z-score normalisation</source>
        <translation>mean of the totals after per-juror z-score normalisation</translation>
    </message>
    <message>
        <source>Signed record of the panel – {package}</source>
        <translation>Signed record of the panel – {package}</translation>
    </message>
    <message>
        <source>Signed record</source>
        <translation>Signed record</translation>
    </message>
    <message>
        <source>Overall ranking</source>
        <translation>Overall ranking</translation>
    </message>
    <message>
        <source>Ranking per group</source>
        <translation>Ranking per group</translation>
    </message>
    <message>
        <source>Ranking per cluster</source>
        <translation>Ranking per cluster</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Not ranked</translation>
    </message>
    <message>
        <source>Disagreements between jurors</source>
        <translation>Disagreements between jurors</translation>
    </message>
    <message>
        <source>Agreement between jurors (reliability)</source>
        <translation>Agreement between jurors (reliability)</translation>
    </message>
    <message>
        <source>Spread of each juror&apos;s totals</source>
        <translation>Spread of each juror&apos;s totals</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>Result files</translation>
    </message>
    <message>
        <source>Decisions of the panel</source>
        <translation>Decisions of the panel</translation>
    </message>
    <message>
        <source>Recapitulation and ranking of the scores · {round}</source>
        <translation>Recapitulation and ranking of the scores · {round}</translation>
    </message>
    <message>
        <source>On {date}, at {place}, the panel of {competition} met on the {round} round, which is not complete. It recapitulated the scores in the jurors&apos; signed result files ({accepted} accepted after verification) and ranked {ranked} of {total} submissions, as set out below.</source>
        <translation>On {date}, at {place}, the panel of {competition} met on the {round} round, which is not complete. It recapitulated the scores in the jurors&apos; signed result files ({accepted} accepted after verification) and ranked {ranked} of {total} submissions, as set out below.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Passing grade</source>
        <translation>Passing grade</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Disagreement</translation>
    </message>
    <message>
        <source>spread above {points} points</source>
        <translation>spread above {points} points</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>{total} ({ranked} ranked)</source>
        <translation>{total} ({ranked} ranked)</translation>
    </message>
    <message>
        <source>{accepted} accepted, {refused} refused</source>
        <translation>{accepted} accepted, {refused} refused</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Passing</translation>
    </message>
    <message>
        <source>{grade}, applied {rule}</source>
        <translation>{grade}, applied {rule}</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Ties</translation>
    </message>
    <message>
        <source>Merged file</source>
        <translation>Merged file</translation>
    </message>
    <message>
        <source>SHA-256 {digest}</source>
        <translation>SHA-256 {digest}</translation>
    </message>
    <message>
        <source>{accepted} accepted, {aside} set aside (older versions or copies), {refused} refused</source>
        <translation>{accepted} accepted, {aside} set aside (older versions or copies), {refused} refused</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passes</translation>
    </message>
    <message>
        <source>mean of totals {mean}</source>
        <translation>mean of totals {mean}</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>disagreement</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Innovation, agency, group and cluster</source>
        <translation>Innovation, agency, group and cluster</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurors</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Group: {name}</translation>
    </message>
    <message>
        <source>Cluster: {name}</source>
        <translation>Cluster: {name}</translation>
    </message>
    <message>
        <source>On {date}, at {place}, the panel of {competition} completed the {round} round. It recapitulated the scores in the jurors&apos; signed result files ({accepted} accepted after verification) and ranked the submissions ({ranked} in all), as set out below.</source>
        <translation>On {date}, at {place}, the panel of {competition} completed the {round} round. It recapitulated the scores in the jurors&apos; signed result files ({accepted} accepted after verification) and ranked the submissions ({ranked} in all), as set out below.</translation>
    </message>
    <message>
        <source>Submissions that take no place for want of {minimum} complete evaluations: %n (section “Not ranked”).</source>
        <translation>Submissions that take no place for want of {minimum} complete evaluations: %n (section “Not ranked”).</translation>
    </message>
    <message>
        <source>{n} ranked</source>
        <translation>{n} ranked</translation>
    </message>
    <message>
        <source>Innovation and agency</source>
        <translation>Innovation and agency</translation>
    </message>
    <message>
        <source>passing grade {grade}: above this line, the submissions that reach it</source>
        <translation>passing grade {grade}: above this line, the submissions that reach it</translation>
    </message>
    <message>
        <source>Shaded rows reach the passing grade of {grade}.</source>
        <translation>Shaded rows reach the passing grade of {grade}.</translation>
    </message>
    <message>
        <source>The grade applies to the mean of the jurors&apos; totals, not to the score that ranks, so the shaded rows need not be the first ones.</source>
        <translation>The grade applies to the mean of the jurors&apos; totals, not to the score that ranks, so the shaded rows need not be the first ones.</translation>
    </message>
    <message>
        <source>Scores with more than two decimals look equal to a neighbour at two; the decimals shown are those that separate them.</source>
        <translation>Scores with more than two decimals look equal to a neighbour at two; the decimals shown are those that separate them.</translation>
    </message>
    <message>
        <source>{flag} marks submissions whose jurors disagree beyond the threshold; see the disagreements below.</source>
        <translation>{flag} marks submissions whose jurors disagree beyond the threshold; see the disagreements below.</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>No submission&apos;s jurors disagree beyond the threshold.</source>
        <translation>No submission&apos;s jurors disagree beyond the threshold.</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Jurors&apos; totals</source>
        <translation>Jurors&apos; totals</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Submissions whose jurors&apos; totals lie more than {points} points apart:</source>
        <translation>Submissions whose jurors&apos; totals lie more than {points} points apart:</translation>
    </message>
    <message>
        <source>Submissions whose jurors disagree:</source>
        <translation>Submissions whose jurors disagree:</translation>
    </message>
    <message>
        <source>Each dot is one total a juror gave; the box holds the middle half of them, the thick line is the median, the whiskers reach the lowest and the highest. Recusals and unfinished evaluations are left out.</source>
        <translation>Each dot is one total a juror gave; the box holds the middle half of them, the thick line is the median, the whiskers reach the lowest and the highest. Recusals and unfinished evaluations are left out.</translation>
    </message>
    <message>
        <source>Juror and key fingerprint</source>
        <translation>Juror and key fingerprint</translation>
    </message>
    <message>
        <source>File, version and SHA-256</source>
        <translation>File, version and SHA-256</translation>
    </message>
    <message>
        <source>version {n} · SHA-256 {digest}</source>
        <translation>version {n} · SHA-256 {digest}</translation>
    </message>
    <message>
        <source>No result file was accepted.</source>
        <translation>No result file was accepted.</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>File and juror</source>
        <translation>File and juror</translation>
    </message>
    <message>
        <source>Status and reason</source>
        <translation>Status and reason</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Assigned evaluations: {assigned}; in progress: {in_progress}, not started: {not_started}, missing (no result file accepted): {missing}.</source>
        <translation>Assigned evaluations: {assigned}; in progress: {in_progress}, not started: {not_started}, missing (no result file accepted): {missing}.</translation>
    </message>
    <message>
        <source>complete evaluations: {n}</source>
        <translation>complete evaluations: {n}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>the chair&apos;s key {fingerprint}: compare it with the fingerprint the chair reads out</source>
        <translation>the chair&apos;s key {fingerprint}: compare it with the fingerprint the chair reads out</translation>
    </message>
    <message>
        <source>These submissions have fewer complete evaluations than the minimum of {n}: they take no place and do not pass.</source>
        <translation>These submissions have fewer complete evaluations than the minimum of {n}: they take no place and do not pass.</translation>
    </message>
    <message>
        <source>Accepted: signed by the juror&apos;s key in the package&apos;s roster (or by a key the chair accepted for that juror, marked below), for this package, the newest version of each juror.</source>
        <translation>Accepted: signed by the juror&apos;s key in the package&apos;s roster (or by a key the chair accepted for that juror, marked below), for this package, the newest version of each juror.</translation>
    </message>
    <message>
        <source>Set aside, not refused: older versions of a juror&apos;s result and copies of files already counted:</source>
        <translation>Set aside, not refused: older versions of a juror&apos;s result and copies of files already counted:</translation>
    </message>
    <message>
        <source>Refused, with the reason:</source>
        <translation>Refused, with the reason:</translation>
    </message>
    <message>
        <source>Key accepted by the chair for this juror (compared with the juror&apos;s signed sheet); it is not the key in the package&apos;s roster.</source>
        <translation>Key accepted by the chair for this juror (compared with the juror&apos;s signed sheet); it is not the key in the package&apos;s roster.</translation>
    </message>
    <message>
        <source>Without an integrity pact: the juror did not accept the pact in Juri before signing this file.</source>
        <translation>Without an integrity pact: the juror did not accept the pact in Juri before signing this file.</translation>
    </message>
    <message>
        <source>{place}, {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <source>Chair of the panel,</source>
        <translation>Chair of the panel,</translation>
    </message>
    <message>
        <source>This record is made truthfully, to be used as required.</source>
        <translation>This record is made truthfully, to be used as required.</translation>
    </message>
    <message>
        <source>Members of the panel</source>
        <translation>Members of the panel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>RecapDialog</name>
    <message>
        <source>The signed record (berita acara)</source>
        <translation>The signed record (berita acara)</translation>
    </message>
    <message>
        <source>The record prints the ranking of the signed merged file {name}. Leave the names empty to use the chair&apos;s key name and the jurors of the roster.</source>
        <translation>The record prints the ranking of the signed merged file {name}. Leave the names empty to use the chair&apos;s key name and the jurors of the roster.</translation>
    </message>
    <message>
        <source>Place of the meeting</source>
        <translation>Place of the meeting</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>the name on the chair&apos;s key</source>
        <translation>the name on the chair&apos;s key</translation>
    </message>
    <message>
        <source>Name of the panel chair</source>
        <translation>Name of the panel chair</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <source>one name per line; empty: the roster&apos;s jurors</source>
        <translation>one name per line; empty: the roster&apos;s jurors</translation>
    </message>
    <message>
        <source>Panel members who sign, one per line</source>
        <translation>Panel members who sign, one per line</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Members:</translation>
    </message>
</context>
<context>
    <name>RecapMerge</name>
    <message>
        <source>{name} is not a merged file: {problem}</source>
        <translation>{name} is not a merged file: {problem}</translation>
    </message>
    <message>
        <source>{name} is not a merged file (a result file? give the chair&apos;s .juri-merged.json written by &apos;juri merge&apos;).</source>
        <translation>{name} is not a merged file (a result file? give the chair&apos;s .juri-merged.json written by &apos;juri merge&apos;).</translation>
    </message>
    <message>
        <source>The merged file {name} was made with an earlier version of package {id} (manifest {sha}), not with this one (version {version}): give the version it was made with, or merge again with this one.</source>
        <translation>The merged file {name} was made with an earlier version of package {id} (manifest {sha}), not with this one (version {version}): give the version it was made with, or merge again with this one.</translation>
    </message>
    <message>
        <source>The merged file {name} is refused ({status}): {reason}.</source>
        <translation>The merged file {name} is refused ({status}): {reason}.</translation>
    </message>
    <message>
        <source>The result files given change the merge (newer or other results of {jurors}), so they would not match the signed merged file. Merge again with &apos;juri merge&apos; and use the new merged file, or leave those files out.</source>
        <translation>The result files given change the merge (newer or other results of {jurors}), so they would not match the signed merged file. Merge again with &apos;juri merge&apos; and use the new merged file, or leave those files out.</translation>
    </message>
    <message>
        <source>The ranking signed in {name} does not follow from the results it carries (was it made by another version of Juri?). Merge again and use the new merged file.</source>
        <translation>The ranking signed in {name} does not follow from the results it carries (was it made by another version of Juri?). Merge again and use the new merged file.</translation>
    </message>
    <message>
        <source>{name} records {members} other than merging the results it carries gives: it is not a merged file as Juri writes it, so the paper could say what the merge did not. Merge again and use the new merged file.</source>
        <translation>{name} records {members} other than merging the results it carries gives: it is not a merged file as Juri writes it, so the paper could say what the merge did not. Merge again and use the new merged file.</translation>
    </message>
    <message>
        <source>must be mean, median, trimmed or zscore</source>
        <translation>must be mean, median, trimmed or zscore</translation>
    </message>
    <message>
        <source>must be {quantity}</source>
        <translation>must be {quantity}</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>must be a text</translation>
    </message>
    <message>
        <source>The settings in the merged file {name} cannot be read ({problem}).</source>
        <translation>The settings in the merged file {name} cannot be read ({problem}).</translation>
    </message>
    <message>
        <source>equal to a neighbour at two decimals</source>
        <translation>equal to a neighbour at two decimals</translation>
    </message>
    <message>
        <source>placed by {key}</source>
        <translation>placed by {key}</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>tie</translation>
    </message>
    <message>
        <source>weighted total</source>
        <translation>weighted total</translation>
    </message>
    <message>
        <source>%n total(s) dropped at each end</source>
        <translation>%n total(s) dropped at each end</translation>
    </message>
    <message>
        <source>the number of complete evaluations</source>
        <translation>the number of complete evaluations</translation>
    </message>
    <message>
        <source>Equal scores are separated by, in this order: {keys}.</source>
        <translation>Equal scores are separated by, in this order: {keys}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-11-27.</source>
        <translation>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-11-27.</translation>
    </message>
    <message>
        <source>Printing the recapitulation was cancelled.</source>
        <translation>Printing the recapitulation was cancelled.</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>no recommendation</source>
        <translation>no recommendation</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommended</translation>
    </message>
    <message>
        <source>to be considered</source>
        <translation>to be considered</translation>
    </message>
    <message>
        <source>not recommended</source>
        <translation>not recommended</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>α: {band}</source>
        <extracomment>fewer submissions scored by several jurors say too little to read in words: on two, an ICC of the mean came out 2.667 and read &quot;excellent&quot; (Koo &amp; Li ask for 30 for a reliability study; a round of a handful shows its values, read as too few)</extracomment>
        <translation>α: {band}</translation>
    </message>
    <message>
        <source>{form}: {band}</source>
        <translation>{form}: {band}</translation>
    </message>
    <message>
        <source>not read: too few submissions (%n)</source>
        <translation>not read: too few submissions (%n)</translation>
    </message>
    <message>
        <source>ICC not read: too few submissions scored by the same jurors (%n)</source>
        <translation>ICC not read: too few submissions scored by the same jurors (%n)</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>not computable</translation>
    </message>
    <message>
        <source>Too few submissions were scored by two or more jurors to measure agreement; it says nothing yet about the ranking.</source>
        <translation>Too few submissions were scored by two or more jurors to measure agreement; it says nothing yet about the ranking.</translation>
    </message>
    <message>
        <source>Agreement could not be measured on these scores; it says nothing yet about the ranking.</source>
        <translation>Agreement could not be measured on these scores; it says nothing yet about the ranking.</translation>
    </message>
    <message>
        <source>The jurors agree: the ranking can rest on these scores.</source>
        <translation>The jurors agree: the ranking can rest on these scores.</translation>
    </message>
    <message>
        <source>Use with care: discuss close places and the flagged submissions in the plenary before deciding.</source>
        <translation>Use with care: discuss close places and the flagged submissions in the plenary before deciding.</translation>
    </message>
    <message>
        <source>The jurors do not agree: the scores say much about who scored. Before deciding, discuss the disagreements, add a third juror where a pair differs widely, and go through the rubric&apos;s descriptors with the jurors.</source>
        <translation>The jurors do not agree: the scores say much about who scored. Before deciding, discuss the disagreements, add a third juror where a pair differs widely, and go through the rubric&apos;s descriptors with the jurors.</translation>
    </message>
    <message>
        <source>Single jurors agree less (α): the ranking rests on several jurors per submission, so keep every submission at the minimum of complete evaluations and discuss the disagreements.</source>
        <translation>Single jurors agree less (α): the ranking rests on several jurors per submission, so keep every submission at the minimum of complete evaluations and discuss the disagreements.</translation>
    </message>
    <message>
        <source>A value below 0 means less agreement than chance: check whether a juror read the scale the wrong way round.</source>
        <translation>A value below 0 means less agreement than chance: check whether a juror read the scale the wrong way round.</translation>
    </message>
    <message>
        <source>reliable (0.800 or more)</source>
        <translation>reliable (0.800 or more)</translation>
    </message>
    <message>
        <source>tentative conclusions only (0.667–0.800)</source>
        <translation>tentative conclusions only (0.667–0.800)</translation>
    </message>
    <message>
        <source>unreliable (below 0.667)</source>
        <translation>unreliable (below 0.667)</translation>
    </message>
    <message>
        <source>excellent (above 0.90)</source>
        <translation>excellent (above 0.90)</translation>
    </message>
    <message>
        <source>good (0.75–0.90)</source>
        <translation>good (0.75–0.90)</translation>
    </message>
    <message>
        <source>moderate (0.50–0.75)</source>
        <translation>moderate (0.50–0.75)</translation>
    </message>
    <message>
        <source>poor (below 0.50)</source>
        <translation>poor (below 0.50)</translation>
    </message>
    <message>
        <source>Readings: Krippendorff&apos;s alpha by Krippendorff (2004): 0.800 or more reliable, 0.667–0.800 tentative conclusions only, below 0.667 unreliable. ICC by Koo &amp; Li (2016): below 0.50 poor, 0.50–0.75 moderate, 0.75–0.90 good, above 0.90 excellent; the ICC read is that of the jurors&apos; mean (ICC2k when every juror scored the submissions, ICC1k when they share them out), as the ranking averages jurors.</source>
        <translation>Readings: Krippendorff&apos;s alpha by Krippendorff (2004): 0.800 or more reliable, 0.667–0.800 tentative conclusions only, below 0.667 unreliable. ICC by Koo &amp; Li (2016): below 0.50 poor, 0.50–0.75 moderate, 0.75–0.90 good, above 0.90 excellent; the ICC read is that of the jurors&apos; mean (ICC2k when every juror scored the submissions, ICC1k when they share them out), as the ranking averages jurors.</translation>
    </message>
    <message>
        <source>The jurors do not agree on {codes}: go through these criteria&apos;s descriptors with them.</source>
        <translation>The jurors do not agree on {codes}: go through these criteria&apos;s descriptors with them.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} of {total}</translation>
    </message>
    <message>
        <source>Package {package} · printed {when}</source>
        <translation>Package {package} · printed {when}</translation>
    </message>
    <message>
        <source>camera time</source>
        <translation>camera time</translation>
    </message>
    <message>
        <source>{name} · SHA-256 {sha}… · taken {taken} · at {place}</source>
        <translation>{name} · SHA-256 {sha}… · taken {taken} · at {place}</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>this is not a Juri result file</source>
        <translation>this is not a Juri result file</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal characters</source>
        <translation>must be 64 lowercase hexadecimal characters</translation>
    </message>
    <message>
        <source>submission {code} is evaluated twice</source>
        <translation>submission {code} is evaluated twice</translation>
    </message>
    <message>
        <source>carries more than {n} MB of evidence</source>
        <translation>carries more than {n} MB of evidence</translation>
    </message>
    <message>
        <source>must be pakta-sha256: followed by 16 lowercase hexadecimal characters</source>
        <translation>must be pakta-sha256: followed by 16 lowercase hexadecimal characters</translation>
    </message>
    <message>
        <source>holds the control character {code} (only tabs and line breaks are allowed)</source>
        <translation>holds the control character {code} (only tabs and line breaks are allowed)</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>unknown status</translation>
    </message>
    <message>
        <source>unknown value</source>
        <translation>unknown value</translation>
    </message>
    <message>
        <source>must be empty or a UTC time such as 2026-11-23T09:44:42.270Z</source>
        <translation>must be empty or a UTC time such as 2026-11-23T09:44:42.270Z</translation>
    </message>
    <message>
        <source>a recused evaluation lists no scores</source>
        <translation>a recused evaluation lists no scores</translation>
    </message>
    <message>
        <source>a recused evaluation has no total</source>
        <translation>a recused evaluation has no total</translation>
    </message>
    <message>
        <source>a recused evaluation recommends nothing</source>
        <translation>a recused evaluation recommends nothing</translation>
    </message>
    <message>
        <source>a recused evaluation carries no questions</source>
        <translation>a recused evaluation carries no questions</translation>
    </message>
    <message>
        <source>a recused evaluation carries no evidence</source>
        <translation>a recused evaluation carries no evidence</translation>
    </message>
    <message>
        <source>criterion {code} appears twice</source>
        <translation>criterion {code} appears twice</translation>
    </message>
    <message>
        <source>must be a decimal written as Juri writes it, such as &quot;7&quot; or &quot;7.5&quot; (no spaces, no trailing zeros), or null</source>
        <translation>must be a decimal written as Juri writes it, such as &quot;7&quot; or &quot;7.5&quot; (no spaces, no trailing zeros), or null</translation>
    </message>
    <message>
        <source>checklist item {code} appears twice</source>
        <translation>checklist item {code} appears twice</translation>
    </message>
    <message>
        <source>checklist items must be in code order</source>
        <translation>checklist items must be in code order</translation>
    </message>
    <message>
        <source>a question and its notes are both empty</source>
        <translation>a question and its notes are both empty</translation>
    </message>
    <message>
        <source>the same file is attached twice</source>
        <translation>the same file is attached twice</translation>
    </message>
    <message>
        <source>holds the invisible character {code}, which can make a name read as another</source>
        <translation>holds the invisible character {code}, which can make a name read as another</translation>
    </message>
    <message>
        <source>must be a plain file name of at most 200 characters</source>
        <translation>must be a plain file name of at most 200 characters</translation>
    </message>
    <message>
        <source>must be image/jpeg, image/png or application/pdf</source>
        <translation>must be image/jpeg, image/png or application/pdf</translation>
    </message>
    <message>
        <source>must be at most {n} bytes</source>
        <translation>must be at most {n} bytes</translation>
    </message>
    <message>
        <source>must be null or a time such as 2024-05-12T10:31:05+07:00</source>
        <translation>must be null or a time such as 2024-05-12T10:31:05+07:00</translation>
    </message>
    <message>
        <source>must be null or a latitude and longitude such as -6.175392,106.827153</source>
        <translation>must be null or a latitude and longitude such as -6.175392,106.827153</translation>
    </message>
    <message>
        <source>holds {found} bytes, not the {size} its size says: the file was swapped or damaged</source>
        <translation>holds {found} bytes, not the {size} its size says: the file was swapped or damaged</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is {found}, not the {declared} the evaluation names: the file was swapped or damaged</source>
        <translation>the file&apos;s SHA-256 is {found}, not the {declared} the evaluation names: the file was swapped or damaged</translation>
    </message>
    <message>
        <source>the file is not the {media_type} the evaluation names</source>
        <translation>the file is not the {media_type} the evaluation names</translation>
    </message>
    <message>
        <source>is not what the file&apos;s own EXIF data says ({own}): the time and place are the camera&apos;s, read from the file when it is attached</source>
        <translation>is not what the file&apos;s own EXIF data says ({own}): the time and place are the camera&apos;s, read from the file when it is attached</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>must be the file&apos;s bytes in base64</source>
        <translation>must be the file&apos;s bytes in base64</translation>
    </message>
    <message>
        <source>is longer than the base64 of the {size} bytes its size says: the file was swapped or damaged</source>
        <translation>is longer than the base64 of the {size} bytes its size says: the file was swapped or damaged</translation>
    </message>
    <message>
        <source>must be the file&apos;s bytes in base64, written as Juri writes it (padded, nothing else)</source>
        <translation>must be the file&apos;s bytes in base64, written as Juri writes it (padded, nothing else)</translation>
    </message>
    <message>
        <source>must be text or null</source>
        <translation>must be text or null</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>row {row}: the key file {name} was read as {file}</source>
        <translation>row {row}: the key file {name} was read as {file}</translation>
    </message>
    <message>
        <source>the juror id is empty</source>
        <translation>the juror id is empty</translation>
    </message>
    <message>
        <source>juror {id} already appears in row {row}</source>
        <translation>juror {id} already appears in row {row}</translation>
    </message>
    <message>
        <source>juror id {id} differs from {other} in row {row} only in upper and lower case: give different jurors ids that differ otherwise</source>
        <translation>juror id {id} differs from {other} in row {row} only in upper and lower case: give different jurors ids that differ otherwise</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has {character} at position {position}; a juror&apos;s name is one line of visible text: retype it</source>
        <translation>&apos;{value}&apos; has {character} at position {position}; a juror&apos;s name is one line of visible text: retype it</translation>
    </message>
    <message>
        <source>the same key is already given in row {row}</source>
        <translation>the same key is already given in row {row}</translation>
    </message>
    <message>
        <source>there are no jurors below the header row</source>
        <translation>there are no jurors below the header row</translation>
    </message>
    <message>
        <source>the public key is empty</source>
        <translation>the public key is empty</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a key&apos;s fingerprint, not the key: ask the juror for the public key file (juri keys export) or the 44-character key in it</source>
        <translation>&apos;{text}&apos; is a key&apos;s fingerprint, not the key: ask the juror for the public key file (juri keys export) or the 44-character key in it</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a usable Ed25519 public key</source>
        <translation>&apos;{text}&apos; is not a usable Ed25519 public key</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither a base64 public key nor a public key file next to the roster</source>
        <translation>&apos;{text}&apos; is neither a base64 public key nor a public key file next to the roster</translation>
    </message>
    <message>
        <source>this is the text of a private key file, which must stay with its owner: ask the juror for the public key file instead</source>
        <translation>this is the text of a private key file, which must stay with its owner: ask the juror for the public key file instead</translation>
    </message>
    <message>
        <source>the cell holds text that is not a whole Juri public key file: paste the whole .pub.json file, or only its public_key value</source>
        <translation>the cell holds text that is not a whole Juri public key file: paste the whole .pub.json file, or only its public_key value</translation>
    </message>
    <message>
        <source>pasted in this cell</source>
        <translation>pasted in this cell</translation>
    </message>
    <message>
        <source>juror {id} is not in the roster</source>
        <translation>juror {id} is not in the roster</translation>
    </message>
    <message>
        <source>the submission code is empty</source>
        <translation>the submission code is empty</translation>
    </message>
    <message>
        <source>submission {id} is not in the submissions sheet</source>
        <translation>submission {id} is not in the submissions sheet</translation>
    </message>
    <message>
        <source>row {row} repeats row {earlier}</source>
        <translation>row {row} repeats row {earlier}</translation>
    </message>
    <message>
        <source>%n pair(s) of juror and submission given twice: {rows}</source>
        <translation>%n pair(s) of juror and submission given twice: {rows}</translation>
    </message>
    <message>
        <source>; did you mean {id}?</source>
        <translation>; did you mean {id}?</translation>
    </message>
</context>
<context>
    <name>RoundKind</name>
    <message>
        <source>desk round</source>
        <translation>desk round</translation>
    </message>
    <message>
        <source>interview round</source>
        <translation>interview round</translation>
    </message>
    <message>
        <source>field round</source>
        <translation>field round</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>{first} and {second} are both merged files of round {round}: give one merged file per round (merge the round&apos;s results together with &apos;juri merge&apos;).</source>
        <translation>{first} and {second} are both merged files of round {round}: give one merged file per round (merge the round&apos;s results together with &apos;juri merge&apos;).</translation>
    </message>
    <message>
        <source>The package of round {round} ({package}) was shortlisted from the merged file {sha}… of round {earlier} (package {earlier_package}), which was not given. Give the merged file of every round from the first, exactly as signed: a merged file changed or merged again after the shortlist no longer matches.</source>
        <translation>The package of round {round} ({package}) was shortlisted from the merged file {sha}… of round {earlier} (package {earlier_package}), which was not given. Give the merged file of every round from the first, exactly as signed: a merged file changed or merged again after the shortlist no longer matches.</translation>
    </message>
    <message>
        <source>Rounds {rounds} each start a chain of their own (their packages come from no earlier round): a final line-up follows one chain of rounds from the first.</source>
        <translation>Rounds {rounds} each start a chain of their own (their packages come from no earlier round): a final line-up follows one chain of rounds from the first.</translation>
    </message>
    <message>
        <source>Rounds {rounds} were both shortlisted from the merged file of round {round}: a final line-up follows one chain; make one per chain.</source>
        <translation>Rounds {rounds} were both shortlisted from the merged file of round {round}: a final line-up follows one chain; make one per chain.</translation>
    </message>
    <message>
        <source>The packages of rounds {earlier} and {round} are of different competitions ({first} and {second}).</source>
        <translation>The packages of rounds {earlier} and {round} are of different competitions ({first} and {second}).</translation>
    </message>
    <message>
        <source>The package of round {round} names the chair key {named} for the merged file of round {earlier}, but that file is signed by {signer}.</source>
        <translation>The package of round {round} names the chair key {named} for the merged file of round {earlier}, but that file is signed by {signer}.</translation>
    </message>
    <message>
        <source>The package of round {round} names package {package} (round {named}) as its origin, but the merged file it names is of package {given} (round {earlier}).</source>
        <translation>The package of round {round} names package {package} (round {named}) as its origin, but the merged file it names is of package {given} (round {earlier}).</translation>
    </message>
    <message>
        <source>The package of round {round} holds submissions that round {earlier} did not: {codes}.</source>
        <translation>The package of round {round} holds submissions that round {earlier} did not: {codes}.</translation>
    </message>
    <message>
        <source>the rule cuts a tie without taking every tied submission ({ties})</source>
        <translation>the rule cuts a tie without taking every tied submission ({ties})</translation>
    </message>
    <message>
        <source>it holds {codes}, which the rule does not take</source>
        <translation>it holds {codes}, which the rule does not take</translation>
    </message>
    <message>
        <source>it leaves out {codes}, which the rule takes</source>
        <translation>it leaves out {codes}, which the rule takes</translation>
    </message>
    <message>
        <source>The package of round {round} ({package}) does not hold the shortlist its origin records ({rule}) from the merged file of round {earlier}: {reason}. &apos;juri package next&apos; never makes such a package; ask the secretariat for the one it made from that merged file.</source>
        <translation>The package of round {round} ({package}) does not hold the shortlist its origin records ({rule}) from the merged file of round {earlier}: {reason}. &apos;juri package next&apos; never makes such a package; ask the secretariat for the one it made from that merged file.</translation>
    </message>
    <message>
        <source>The rubric file has no round {round} (it has: {ids}): is it the rubric file of this competition?</source>
        <translation>The rubric file has no round {round} (it has: {ids}): is it the rubric file of this competition?</translation>
    </message>
    <message>
        <source>The rounds were held in the order {chain}, which is not the order the rubric file lists them ({ids}).</source>
        <translation>The rounds were held in the order {chain}, which is not the order the rubric file lists them ({ids}).</translation>
    </message>
    <message>
        <source>The chain of rounds starts at round {round}, but the rubric file&apos;s first round is {first}: its package comes from no earlier round, so its submissions were chosen by no ranking. Give the merged files of every round from {first}, each next package made by &apos;juri package next&apos;.</source>
        <translation>The chain of rounds starts at round {round}, but the rubric file&apos;s first round is {first}: its package comes from no earlier round, so its submissions were chosen by no ranking. Give the merged files of every round from {first}, each next package made by &apos;juri package next&apos;.</translation>
    </message>
    <message>
        <source>The rounds were held in the order {chain}, but round {skipped} was skipped: the rubric file lists {ids}, and each round is shortlisted from the one right before it.</source>
        <translation>The rounds were held in the order {chain}, but round {skipped} was skipped: the rubric file lists {ids}, and each round is shortlisted from the one right before it.</translation>
    </message>
    <message>
        <source>The rubric file is for the competition {rubric}, the packages for {packages}: give this competition&apos;s rubric file.</source>
        <translation>The rubric file is for the competition {rubric}, the packages for {packages}: give this competition&apos;s rubric file.</translation>
    </message>
    <message>
        <source>None of the {total} submissions of the last round takes a place under the final rule ({reasons}), so there is no line-up to sign. Nothing was written.</source>
        <translation>None of the {total} submissions of the last round takes a place under the final rule ({reasons}), so there is no line-up to sign. Nothing was written.</translation>
    </message>
    <message>
        <source>The final rule uses round {rounds}, but no merged file of it was given (given: {chain}). Give the merged file of every round the rule uses.</source>
        <translation>The final rule uses round {rounds}, but no merged file of it was given (given: {chain}). Give the merged file of every round the rule uses.</translation>
    </message>
    <message>
        <source>The chain ends with round {round}, which the final rule neither scores nor uses as a gate: leave its merged file out, or correct the final section of the rubric file.</source>
        <translation>The chain ends with round {round}, which the final rule neither scores nor uses as a gate: leave its merged file out, or correct the final section of the rubric file.</translation>
    </message>
    <message>
        <source>Round {round} is a gate of the final rule, but it has no passing grade (neither the rubric file nor the chair&apos;s merge set one), so nobody can pass it. Merge that round again with --passing-grade, or correct the rubric file.</source>
        <translation>Round {round} is a gate of the final rule, but it has no passing grade (neither the rubric file nor the chair&apos;s merge set one), so nobody can pass it. Merge that round again with --passing-grade, or correct the rubric file.</translation>
    </message>
    <message>
        <source>Give the merged file of every round.</source>
        <translation>Give the merged file of every round.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {error}</source>
        <translation>Cannot read {name}: {error}</translation>
    </message>
    <message>
        <source>{name} and {other} are the same merged file: give each round&apos;s merged file once.</source>
        <translation>{name} and {other} are the same merged file: give each round&apos;s merged file once.</translation>
    </message>
    <message>
        <source>Checking the merged files was cancelled.</source>
        <translation>Checking the merged files was cancelled.</translation>
    </message>
    <message>
        <source>The merged file {name} (package {package}) is refused: {reason}</source>
        <translation>The merged file {name} (package {package}) is refused: {reason}</translation>
    </message>
    <message>
        <source>No merged file given is for the package {package} ({path}): give its round&apos;s merged file too, or leave the package out.</source>
        <translation>No merged file given is for the package {package} ({path}): give its round&apos;s merged file too, or leave the package out.</translation>
    </message>
    <message>
        <source>{name} is not a merged file (it names no package): give the chair&apos;s .juri-merged.json of each round.</source>
        <translation>{name} is not a merged file (it names no package): give the chair&apos;s .juri-merged.json of each round.</translation>
    </message>
    <message>
        <source>No package given is the one the merged file {name} is for (package {package}, manifest SHA-256 {sha}…): add it with --package.</source>
        <translation>No package given is the one the merged file {name} is for (package {package}, manifest SHA-256 {sha}…): add it with --package.</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>the scale&apos;s maximum must be above its minimum</source>
        <translation>the scale&apos;s maximum must be above its minimum</translation>
    </message>
    <message>
        <source>the scale&apos;s step must be above zero</source>
        <translation>the scale&apos;s step must be above zero</translation>
    </message>
    <message>
        <source>the scale&apos;s range is not a whole number of steps</source>
        <translation>the scale&apos;s range is not a whole number of steps</translation>
    </message>
    <message>
        <source>the scale has more than 1000 steps</source>
        <translation>the scale has more than 1000 steps</translation>
    </message>
    <message>
        <source>a criterion has no code</source>
        <translation>a criterion has no code</translation>
    </message>
    <message>
        <source>the criterion has no title</source>
        <translation>the criterion has no title</translation>
    </message>
    <message>
        <source>the weight must not be negative</source>
        <translation>the weight must not be negative</translation>
    </message>
    <message>
        <source>level &apos;{label}&apos; lies outside the scale {scale}</source>
        <translation>level &apos;{label}&apos; lies outside the scale {scale}</translation>
    </message>
    <message>
        <source>levels &apos;{a}&apos; and &apos;{b}&apos; overlap</source>
        <translation>levels &apos;{a}&apos; and &apos;{b}&apos; overlap</translation>
    </message>
    <message>
        <source>the rubric has no criteria</source>
        <translation>the rubric has no criteria</translation>
    </message>
    <message>
        <source>criterion code {code} is used twice</source>
        <translation>criterion code {code} is used twice</translation>
    </message>
    <message>
        <source>criterion {code}: {problem}</source>
        <translation>criterion {code}: {problem}</translation>
    </message>
    <message>
        <source>the weights add up to {total}, not 100</source>
        <translation>the weights add up to {total}, not 100</translation>
    </message>
    <message>
        <source>there is no criterion {code}</source>
        <translation>there is no criterion {code}</translation>
    </message>
    <message>
        <source>{value} is not on the scale of {code} ({scale}, step {step})</source>
        <translation>{value} is not on the scale of {code} ({scale}, step {step})</translation>
    </message>
</context>
<context>
    <name>RubricFile</name>
    <message>
        <source>Cannot read the rubric file {path}: {error}</source>
        <translation>Cannot read the rubric file {path}: {error}</translation>
    </message>
    <message>
        <source>The rubric file {path} holds several rounds ({ids}); a package is for one: choose it with --round, e.g. --round {first}.</source>
        <translation>The rubric file {path} holds several rounds ({ids}); a package is for one: choose it with --round, e.g. --round {first}.</translation>
    </message>
    <message>
        <source>The rubric file {path} is not valid: {problem}</source>
        <translation>The rubric file {path} is not valid: {problem}</translation>
    </message>
    <message>
        <source>is missing: the rubric file must say how the rounds combine into the final line-up (docs/formats.md §3)</source>
        <translation>is missing: the rubric file must say how the rounds combine into the final line-up (docs/formats.md §3)</translation>
    </message>
    <message>
        <source>must be &quot;juri-rubric&quot;</source>
        <translation>must be &quot;juri-rubric&quot;</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>must be 1</translation>
    </message>
    <message>
        <source>must name at least one round</source>
        <translation>must name at least one round</translation>
    </message>
    <message>
        <source>names a round twice: {ids}</source>
        <translation>names a round twice: {ids}</translation>
    </message>
    <message>
        <source>names unknown round(s): {names}</source>
        <translation>names unknown round(s): {names}</translation>
    </message>
    <message>
        <source>has no round &apos;{id}&apos; (it has: {ids})</source>
        <translation>has no round &apos;{id}&apos; (it has: {ids})</translation>
    </message>
</context>
<context>
    <name>ScoreSpinBox</name>
    <message>
        <source>{typed} is not a score on this scale ({lowest}–{highest}).</source>
        <translation>{typed} is not a score on this scale ({lowest}–{highest}).</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>The field-visit checklist has no item {item}.</source>
        <extracomment>a change: the evaluation as stored → the changed copy and the audit entry&apos;s detail, or None when it would change nothing what a change writes besides the evaluation&apos;s row, in the same transaction</extracomment>
        <translation>The field-visit checklist has no item {item}.</translation>
    </message>
    <message>
        <source>Questions and notes are kept in an interview round only.</source>
        <translation>Questions and notes are kept in an interview round only.</translation>
    </message>
    <message>
        <source>An interview keeps at most {n} questions.</source>
        <translation>An interview keeps at most {n} questions.</translation>
    </message>
    <message>
        <source>The checklist and visit notes are kept in a field round only.</source>
        <translation>The checklist and visit notes are kept in a field round only.</translation>
    </message>
    <message>
        <source>Evidence is attached in a field round only.</source>
        <translation>Evidence is attached in a field round only.</translation>
    </message>
    <message>
        <source>This file is already attached to {code}, as {name}.</source>
        <translation>This file is already attached to {code}, as {name}.</translation>
    </message>
    <message>
        <source>{code} has {n} evidence files already, the most one evaluation carries. Remove one first.</source>
        <translation>{code} has {n} evidence files already, the most one evaluation carries. Remove one first.</translation>
    </message>
    <message>
        <source>Your evidence in this package would come to more than {n} MB, more than one result file carries. Attach smaller copies of the photos, or remove some.</source>
        <translation>Your evidence in this package would come to more than {n} MB, more than one result file carries. Attach smaller copies of the photos, or remove some.</translation>
    </message>
    <message>
        <source>That file is no longer attached to {code}.</source>
        <translation>That file is no longer attached to {code}.</translation>
    </message>
    <message>
        <source>Give the reason for the conflict of interest.</source>
        <translation>Give the reason for the conflict of interest.</translation>
    </message>
    <message>
        <source>Submission {code} is not assigned to you in this package.</source>
        <translation>Submission {code} is not assigned to you in this package.</translation>
    </message>
    <message>
        <source>You recused yourself from {code}; withdraw the recusal before changing its scores.</source>
        <translation>You recused yourself from {code}; withdraw the recusal before changing its scores.</translation>
    </message>
    <message>
        <source>The text is longer than {n} characters.</source>
        <translation>The text is longer than {n} characters.</translation>
    </message>
    <message>
        <source>The text holds the control character {code}, which no reader can see and a terminal may obey; remove it (tabs and line breaks are fine).</source>
        <translation>The text holds the control character {code}, which no reader can see and a terminal may obey; remove it (tabs and line breaks are fine).</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Weighted total</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <source>Overall comment on this submission</source>
        <translation>Overall comment on this submission</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>Total {total}</translation>
    </message>
    <message>
        <source>{status} · {weight}% of the weight scored</source>
        <translation>{status} · {weight}% of the weight scored</translation>
    </message>
    <message>
        <source>Total so far {total}</source>
        <translation>Total so far {total}</translation>
    </message>
    <message>
        <source>Passing grade: {grade}</source>
        <translation>Passing grade: {grade}</translation>
    </message>
    <message>
        <source>You declared a conflict of interest; scores are locked.
Reason: {reason}</source>
        <translation>You declared a conflict of interest; scores are locked.
Reason: {reason}</translation>
    </message>
    <message>
        <source>Withdraw conflict of interest</source>
        <translation>Withdraw conflict of interest</translation>
    </message>
    <message>
        <source>Declare conflict of interest…</source>
        <translation>Declare conflict of interest…</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>{n} signed results</source>
        <translation>{n} signed results</translation>
    </message>
    <message>
        <source>signed by {fingerprint}, {n} submissions</source>
        <translation>signed by {fingerprint}, {n} submissions</translation>
    </message>
    <message>
        <source>version {n} written</source>
        <translation>version {n} written</translation>
    </message>
    <message>
        <source>{accepted} results accepted, {ranked} submissions ranked</source>
        <translation>{accepted} results accepted, {ranked} submissions ranked</translation>
    </message>
    <message>
        <source>{blank} blank and {filled} filled sheets, {pages} pages</source>
        <translation>{blank} blank and {filled} filled sheets, {pages} pages</translation>
    </message>
    <message>
        <source>make the demo competition</source>
        <translation>make the demo competition</translation>
    </message>
    <message>
        <source>verify the package</source>
        <translation>verify the package</translation>
    </message>
    <message>
        <source>score and export a signed result</source>
        <translation>score and export a signed result</translation>
    </message>
    <message>
        <source>verify the result</source>
        <translation>verify the result</translation>
    </message>
    <message>
        <source>merge and rank every result</source>
        <translation>merge and rank every result</translation>
    </message>
    <message>
        <source>print evaluation sheets</source>
        <translation>print evaluation sheets</translation>
    </message>
    <message>
        <source>Juri self-test in {folder}</source>
        <translation>Juri self-test in {folder}</translation>
    </message>
    <message>
        <source>All {n} steps passed.</source>
        <translation>All {n} steps passed.</translation>
    </message>
    <message>
        <source>FAILED: {steps}</source>
        <translation>FAILED: {steps}</translation>
    </message>
    <message>
        <source>{pages} pages, page 1 rendered</source>
        <translation>{pages} pages, page 1 rendered</translation>
    </message>
    <message>
        <source>not in this build; videos open in the computer&apos;s own video player</source>
        <translation>not in this build; videos open in the computer&apos;s own video player</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>{title}, {n} submissions</source>
        <translation>{title}, {n} submissions</translation>
    </message>
    <message>
        <source>translations (Indonesian, and Qt&apos;s own)</source>
        <translation>translations (Indonesian, and Qt&apos;s own)</translation>
    </message>
    <message>
        <source>sorting, capitals and time zone names</source>
        <translation>sorting, capitals and time zone names</translation>
    </message>
    <message>
        <source>application icon</source>
        <translation>application icon</translation>
    </message>
    <message>
        <source>render a proposal with QtPdf</source>
        <translation>render a proposal with QtPdf</translation>
    </message>
    <message>
        <source>print to PDF</source>
        <translation>print to PDF</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>video playback</source>
        <translation>video playback</translation>
    </message>
    <message>
        <source>{files} files merged, {n} jurors charted</source>
        <translation>{files} files merged, {n} jurors charted</translation>
    </message>
    <message>
        <source>open the juror&apos;s window on the demo</source>
        <translation>open the juror&apos;s window on the demo</translation>
    </message>
    <message>
        <source>merge the demo&apos;s results in the chair&apos;s window</source>
        <translation>merge the demo&apos;s results in the chair&apos;s window</translation>
    </message>
</context>
<context>
    <name>SheetCode</name>
    <message>
        <source>The sheet code is empty.</source>
        <translation>The sheet code is empty.</translation>
    </message>
    <message>
        <source>The sheet code &apos;{code}&apos; was made by a newer version of Juri; update Juri to read it.</source>
        <translation>The sheet code &apos;{code}&apos; was made by a newer version of Juri; update Juri to read it.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a Juri sheet code: it should look like JURI1:package:submission:juror.</source>
        <translation>&apos;{code}&apos; is not a Juri sheet code: it should look like JURI1:package:submission:juror.</translation>
    </message>
    <message>
        <source>The sheet code &apos;{code}&apos; has {n} parts after JURI1, not three (package:submission:juror).</source>
        <translation>The sheet code &apos;{code}&apos; has {n} parts after JURI1, not three (package:submission:juror).</translation>
    </message>
    <message>
        <source>package id</source>
        <translation>package id</translation>
    </message>
    <message>
        <source>submission code</source>
        <translation>submission code</translation>
    </message>
    <message>
        <source>juror id</source>
        <translation>juror id</translation>
    </message>
    <message>
        <source>The {part} &apos;{value}&apos; in the sheet code is not valid: use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>The {part} &apos;{value}&apos; in the sheet code is not valid: use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</translation>
    </message>
    <message>
        <source>This sheet is for package {theirs}, but the package open is {ours}. Open that package first (File → Switch package).</source>
        <translation>This sheet is for package {theirs}, but the package open is {ours}. Open that package first (File → Switch package).</translation>
    </message>
    <message>
        <source>This sheet belongs to juror {theirs}; you are juror {ours}. Each juror types in only their own sheets.</source>
        <translation>This sheet belongs to juror {theirs}; you are juror {ours}. Each juror types in only their own sheets.</translation>
    </message>
    <message>
        <source>Submission {code} is not assigned to you in this package.</source>
        <translation>Submission {code} is not assigned to you in this package.</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Evaluation sheet</source>
        <translation>Evaluation sheet</translation>
    </message>
    <message>
        <source>Filled in from the juror&apos;s signed result file</source>
        <translation>Filled in from the juror&apos;s signed result file</translation>
    </message>
    <message>
        <source>For scoring on paper; type the scores into Juri afterwards</source>
        <translation>For scoring on paper; type the scores into Juri afterwards</translation>
    </message>
    <message>
        <source>Write one score per criterion in its box, on the scale shown, using the level descriptors as a guide, and a short comment that explains it. If you have a conflict of interest with this innovation, do not score it: tick the declaration at the end of the sheet and give the reason.</source>
        <translation>Write one score per criterion in its box, on the scale shown, using the level descriptors as a guide, and a short comment that explains it. If you have a conflict of interest with this innovation, do not score it: tick the declaration at the end of the sheet and give the reason.</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Passing grade</source>
        <translation>Passing grade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Weighted total</translation>
    </message>
    <message>
        <source>Result file</source>
        <translation>Result file</translation>
    </message>
    <message>
        <source>version {n}, {when}</source>
        <translation>version {n}, {when}</translation>
    </message>
    <message>
        <source>Sheet code</source>
        <translation>Sheet code</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Scores by criterion</source>
        <translation>Scores by criterion</translation>
    </message>
    <message>
        <source>Weight {weight} · scale {scale}</source>
        <translation>Weight {weight} · scale {scale}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Comment: none</source>
        <translation>Comment: none</translation>
    </message>
    <message>
        <source>Score ({scale})</source>
        <translation>Score ({scale})</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>{points} of {weight} points</source>
        <translation>{points} of {weight} points</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Weighted total (0–100)</source>
        <translation>Weighted total (0–100)</translation>
    </message>
    <message>
        <source>Points = weight × (score − minimum) ÷ (maximum − minimum); the total is their sum, rounded half up to two decimals.</source>
        <translation>Points = weight × (score − minimum) ÷ (maximum − minimum); the total is their sum, rounded half up to two decimals.</translation>
    </message>
    <message>
        <source>This evaluation is not complete: criteria without a score count nothing.</source>
        <translation>This evaluation is not complete: criteria without a score count nothing.</translation>
    </message>
    <message>
        <source>Summary of scores</source>
        <translation>Summary of scores</translation>
    </message>
    <message>
        <source>– (recused)</source>
        <translation>– (recused)</translation>
    </message>
    <message>
        <source>Overall judgement</source>
        <translation>Overall judgement</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Field verification checklist</source>
        <translation>Field verification checklist</translation>
    </message>
    <message>
        <source>Field notes</source>
        <translation>Field notes</translation>
    </message>
    <message>
        <source>Evidence signed with the result: {n}</source>
        <translation>Evidence signed with the result: {n}</translation>
    </message>
    <message>
        <source>Evidence attached: none</source>
        <translation>Evidence attached: none</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>I watched the video</source>
        <translation>I watched the video</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>I have a conflict of interest with this innovation and do not score it. Reason:</source>
        <translation>I have a conflict of interest with this innovation and do not score it. Reason:</translation>
    </message>
    <message>
        <source>Recused: conflict of interest</source>
        <translation>Recused: conflict of interest</translation>
    </message>
    <message>
        <source>The juror declared a conflict of interest with this innovation and gave no scores.</source>
        <translation>The juror declared a conflict of interest with this innovation and gave no scores.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Place and date: {blank}</source>
        <translation>Place and date: {blank}</translation>
    </message>
    <message>
        <source>Juror ID: {id}</source>
        <translation>Juror ID: {id}</translation>
    </message>
    <message>
        <source>I declare that I made this evaluation independently and in keeping with the integrity pact.</source>
        <translation>I declare that I made this evaluation independently and in keeping with the integrity pact.</translation>
    </message>
    <message>
        <source>Typed into Juri</source>
        <translation>Typed into Juri</translation>
    </message>
    <message>
        <source>on (date) and by (name, initials):</source>
        <translation>on (date) and by (name, initials):</translation>
    </message>
    <message>
        <source>I declare that the scores and comments above are my own evaluation, as recorded in the result file signed with my key, whose fingerprint is shown here.</source>
        <translation>I declare that the scores and comments above are my own evaluation, as recorded in the result file signed with my key, whose fingerprint is shown here.</translation>
    </message>
    <message>
        <source>I declare that I have a conflict of interest with this innovation and did not score it, as recorded in the result file signed with my key, whose fingerprint is shown here.</source>
        <translation>I declare that I have a conflict of interest with this innovation and did not score it, as recorded in the result file signed with my key, whose fingerprint is shown here.</translation>
    </message>
    <message>
        <source>Juror&apos;s key fingerprint</source>
        <translation>Juror&apos;s key fingerprint</translation>
    </message>
    <message>
        <source>Result file: version {n} of {date}</source>
        <translation>Result file: version {n} of {date}</translation>
    </message>
    <message>
        <source>SHA-256 of the result file:</source>
        <translation>SHA-256 of the result file:</translation>
    </message>
    <message>
        <source>Juror,</source>
        <translation>Juror,</translation>
    </message>
    <message>
        <source>The package has no juror {ids}; its jurors are {known}.</source>
        <translation>The package has no juror {ids}; its jurors are {known}.</translation>
    </message>
    <message>
        <source>The package has no submission {codes}.</source>
        <translation>The package has no submission {codes}.</translation>
    </message>
    <message>
        <source>None of the chosen submissions is assigned to the chosen jurors; there is no sheet to print.</source>
        <translation>None of the chosen submissions is assigned to the chosen jurors; there is no sheet to print.</translation>
    </message>
    <message>
        <source>Blank evaluation sheets – {package}</source>
        <translation>Blank evaluation sheets – {package}</translation>
    </message>
    <message>
        <source>The result file does not verify against the package ({status}): {reason}. No sheet was printed.</source>
        <translation>The result file does not verify against the package ({status}): {reason}. No sheet was printed.</translation>
    </message>
    <message>
        <source>The result file has no evaluation of {codes}.</source>
        <translation>The result file has no evaluation of {codes}.</translation>
    </message>
    <message>
        <source>The result file holds no evaluation to print.</source>
        <translation>The result file holds no evaluation to print.</translation>
    </message>
    <message>
        <source>Evaluation sheets of juror {juror} – {package}</source>
        <translation>Evaluation sheets of juror {juror} – {package}</translation>
    </message>
    <message>
        <source>There is no sheet to print.</source>
        <translation>There is no sheet to print.</translation>
    </message>
    <message>
        <source>Printing the sheets was cancelled.</source>
        <translation>Printing the sheets was cancelled.</translation>
    </message>
</context>
<context>
    <name>SheetsDialog</name>
    <message>
        <source>Evaluation sheets</source>
        <translation>Evaluation sheets</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which sheet?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Which sheet?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Blank sheet, to score on paper (with its QR code)</source>
        <translation>&amp;Blank sheet, to score on paper (with its QR code)</translation>
    </message>
    <message>
        <source>&amp;Filled sheet, with your scores, to sign</source>
        <translation>&amp;Filled sheet, with your scores, to sign</translation>
    </message>
    <message>
        <source>Filled sheets are printed from your signed result file. Export your results first (File → Finish and export results…).</source>
        <translation>Filled sheets are printed from your signed result file. Export your results first (File → Finish and export results…).</translation>
    </message>
    <message>
        <source>From your last exported result file, version {n} ({when}): changes made after it are not on the sheet; export again to include them.</source>
        <translation>From your last exported result file, version {n} ({when}): changes made after it are not on the sheet; export again to include them.</translation>
    </message>
    <message>
        <source>&lt;b&gt;For which submissions?&lt;/b&gt;</source>
        <translation>&lt;b&gt;For which submissions?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;This submission ({code})</source>
        <translation>&amp;This submission ({code})</translation>
    </message>
    <message>
        <source>&amp;All {n} submissions assigned to you</source>
        <translation>&amp;All {n} submissions assigned to you</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Filled evaluation sheets</source>
        <translation>Filled evaluation sheets</translation>
    </message>
    <message>
        <source>Blank evaluation sheets</source>
        <translation>Blank evaluation sheets</translation>
    </message>
    <message>
        <source>Your last result file {path} cannot be read ({error}); export your results again.</source>
        <translation>Your last result file {path} cannot be read ({error}); export your results again.</translation>
    </message>
</context>
<context>
    <name>Shortlist</name>
    <message>
        <source>every ranked submission that passes</source>
        <translation>every ranked submission that passes</translation>
    </message>
    <message>
        <source>the first {n} places overall</source>
        <translation>the first {n} places overall</translation>
    </message>
    <message>
        <source>the first {n} places in each group</source>
        <translation>the first {n} places in each group</translation>
    </message>
    <message>
        <source>the first {n} places in each cluster</source>
        <translation>the first {n} places in each cluster</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>submissions tied at a cut all taken</source>
        <translation>submissions tied at a cut all taken</translation>
    </message>
    <message>
        <source>Say which submissions go on: the first N places, those that pass, or the first N per group or cluster.</source>
        <translation>Say which submissions go on: the first N places, those that pass, or the first N per group or cluster.</translation>
    </message>
    <message>
        <source>The merged file&apos;s round has no passing grade, so nothing can pass it; shortlist by places instead.</source>
        <translation>The merged file&apos;s round has no passing grade, so nothing can pass it; shortlist by places instead.</translation>
    </message>
    <message>
        <source>every ranked submission that passes (mean of the totals at or above {grade}): %n submission(s)</source>
        <translation>every ranked submission that passes (mean of the totals at or above {grade}): %n submission(s)</translation>
    </message>
    <message>
        <source>the merged file&apos;s passing grade, not the round&apos;s ({own})</source>
        <translation>the merged file&apos;s passing grade, not the round&apos;s ({own})</translation>
    </message>
    <message>
        <source>the first {n} places in group {name}</source>
        <translation>the first {n} places in group {name}</translation>
    </message>
    <message>
        <source>the first {n} places in cluster {name}</source>
        <translation>the first {n} places in cluster {name}</translation>
    </message>
    <message>
        <source>%n submission(s) have none, so no place in one: {codes}</source>
        <translation>%n submission(s) have none, so no place in one: {codes}</translation>
    </message>
    <message>
        <source>Nothing was written: a cut falls between submissions that nothing separates (their scores and every tie-break are equal), and Juri never cuts a tie silently.</source>
        <translation>Nothing was written: a cut falls between submissions that nothing separates (their scores and every tie-break are equal), and Juri never cuts a tie silently.</translation>
    </message>
    <message>
        <source>Take every tied submission with --include-ties, or choose a number of places that does not cut a tie.</source>
        <translation>Take every tied submission with --include-ties, or choose a number of places that does not cut a tie.</translation>
    </message>
    <message>
        <source>{where}: %n submission(s)</source>
        <translation>{where}: %n submission(s)</translation>
    </message>
    <message>
        <source>tied at the cut and all taken: {codes}</source>
        <translation>tied at the cut and all taken: {codes}</translation>
    </message>
    <message>
        <source>fewer ranked submissions than places</source>
        <translation>fewer ranked submissions than places</translation>
    </message>
    <message>
        <source>%n submission(s) not ranked (fewer than {minimum} complete evaluations) cannot be shortlisted: {codes}</source>
        <translation>%n submission(s) not ranked (fewer than {minimum} complete evaluations) cannot be shortlisted: {codes}</translation>
    </message>
    <message>
        <source>The rule shortlists no submission ({rule}). Nothing was written.</source>
        <translation>The rule shortlists no submission ({rule}). Nothing was written.</translation>
    </message>
    <message>
        <source>at the cut: {last} (place {above}) goes on and {left} (place {below}) does not: their scores are equal ({score}), and the tie-break {key} placed {left} below</source>
        <translation>at the cut: {last} (place {above}) goes on and {left} (place {below}) does not: their scores are equal ({score}), and the tie-break {key} placed {left} below</translation>
    </message>
    <message>
        <source>at the cut: {last} (place {above}, {score}) goes on and {left} (place {below}, {other}) does not: their scores are equal at two decimals ({shown}) and apart at {decimals} decimals</source>
        <translation>at the cut: {last} (place {above}, {score}) goes on and {left} (place {below}, {other}) does not: their scores are equal at two decimals ({shown}) and apart at {decimals} decimals</translation>
    </message>
    <message>
        <source>{where}: {codes} share place {place}, so {n} places would take {places} of these {count}</source>
        <translation>{where}: {codes} share place {place}, so {n} places would take {places} of these {count}</translation>
    </message>
    <message>
        <source>{fewer} or {more} places do not cut the tie</source>
        <translation>{fewer} or {more} places do not cut the tie</translation>
    </message>
    <message>
        <source>{more} places do not cut the tie</source>
        <translation>{more} places do not cut the tie</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the merged file</source>
        <translation>Sign the merged file</translation>
    </message>
    <message>
        <source>The merged file is signed with the panel chair&apos;s key, so the secretariat can check that nobody changed it. It will be written to {path}.</source>
        <translation>The merged file is signed with the panel chair&apos;s key, so the secretariat can check that nobody changed it. It will be written to {path}.</translation>
    </message>
    <message>
        <source>The chair&apos;s key file</source>
        <translation>The chair&apos;s key file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the chair&apos;s key file</source>
        <translation>Choose the chair&apos;s key file</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Key file:</translation>
    </message>
    <message>
        <source>Passphrase of the chair&apos;s key</source>
        <translation>Passphrase of the chair&apos;s key</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Sign and save</source>
        <translation>&amp;Sign and save</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Key files (*.key);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the chair&apos;s key file (make one with &apos;juri keys new&apos;).</source>
        <translation>Choose the chair&apos;s key file (make one with &apos;juri keys new&apos;).</translation>
    </message>
    <message>
        <source>Signing the merged file …</source>
        <translation>Signing the merged file …</translation>
    </message>
    <message>
        <source>That passphrase does not open the key. Try again.</source>
        <translation>That passphrase does not open the key. Try again.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Open a submission package</source>
        <translation>Open a submission package</translation>
    </message>
    <message>
        <source>The secretariat gives you a package (a .juripkg file) on a USB stick or by e-mail. Open it with the button below, drag it onto this window, or start Juri with the file&apos;s path. Juri checks every byte of it before you score.</source>
        <translation>The secretariat gives you a package (a .juripkg file) on a USB stick or by e-mail. Open it with the button below, drag it onto this window, or start Juri with the file&apos;s path. Juri checks every byte of it before you score.</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;Open package…</translation>
    </message>
    <message>
        <source>Packages in your workspace</source>
        <translation>Packages in your workspace</translation>
    </message>
    <message>
        <source>{title} — {progress}</source>
        <translation>{title} — {progress}</translation>
    </message>
    <message>
        <source>Packages you opened before</source>
        <translation>Packages you opened before</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>{name}, juror {id}</source>
        <translation>{name}, juror {id}</translation>
    </message>
    <message>
        <source>Key fingerprint: {fp}</source>
        <translation>Key fingerprint: {fp}</translation>
    </message>
    <message>
        <source>Save public key file…</source>
        <translation>Save public key file…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>recused</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot use the merge store {url}: {error}</source>
        <translation>Cannot use the merge store {url}: {error}</translation>
    </message>
    <message>
        <source>Cannot open the merge store {url}: {error}</source>
        <translation>Cannot open the merge store {url}: {error}</translation>
    </message>
    <message>
        <source>The merge store failed: {error}</source>
        <translation>The merge store failed: {error}</translation>
    </message>
</context>
<context>
    <name>SubmissionListPanel</name>
    <message>
        <source>Search code, title, agency…</source>
        <translation>Search code, title, agency…</translation>
    </message>
    <message>
        <source>Search submissions</source>
        <translation>Search submissions</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filter by group</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source>Filter by cluster</source>
        <translation>Filter by cluster</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>SubmissionTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{total}: the total so far; criteria not scored yet are still to come</source>
        <translation>{total}: the total so far; criteria not scored yet are still to come</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <source>there are no submissions below the header row</source>
        <translation>there are no submissions below the header row</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>the code is empty</translation>
    </message>
    <message>
        <source>code {code} already appears in row {row}</source>
        <translation>code {code} already appears in row {row}</translation>
    </message>
    <message>
        <source>code {code} differs from {other} in row {row} only in upper and lower case; jurors&apos; files could not tell them apart: give them different codes</source>
        <translation>code {code} differs from {other} in row {row} only in upper and lower case; jurors&apos; files could not tell them apart: give them different codes</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>the title is empty</translation>
    </message>
    <message>
        <source>the title is longer than {n} characters</source>
        <translation>the title is longer than {n} characters</translation>
    </message>
    <message>
        <source>the agency is empty</source>
        <translation>the agency is empty</translation>
    </message>
    <message>
        <source>the text is longer than {n} characters</source>
        <translation>the text is longer than {n} characters</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web link (only http:// and https:// links)</source>
        <translation>&apos;{url}&apos; is not a web link (only http:// and https:// links)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has {character} at position {position}; retype it</source>
        <translation>&apos;{value}&apos; has {character} at position {position}; retype it</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; differs from &apos;{other}&apos; in row {row} only in upper and lower case or in the width of its letters; a ranking per group or cluster would count them as two: write them the same</source>
        <translation>&apos;{value}&apos; differs from &apos;{other}&apos; in row {row} only in upper and lower case or in the width of its letters; a ranking per group or cluster would count them as two: write them the same</translation>
    </message>
    <message>
        <source>{name} is not a PDF file</source>
        <translation>{name} is not a PDF file</translation>
    </message>
    <message>
        <source>{name} is a PDF but its name does not end in .pdf, and a juror&apos;s computer opens a file by its ending: rename it to end in .pdf</source>
        <translation>{name} is a PDF but its name does not end in .pdf, and a juror&apos;s computer opens a file by its ending: rename it to end in .pdf</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {why}</source>
        <translation>{name} cannot be opened: {why}</translation>
    </message>
    <message>
        <source>no proposal PDF is named</source>
        <translation>no proposal PDF is named</translation>
    </message>
    <message>
        <source>the files folder {folder} does not exist</source>
        <translation>the files folder {folder} does not exist</translation>
    </message>
    <message>
        <source>column {column}: %n file name(s) were read as the file found: {names}</source>
        <translation>column {column}: %n file name(s) were read as the file found: {names}</translation>
    </message>
    <message>
        <source>row {row}: {name} → {file}</source>
        <translation>row {row}: {name} → {file}</translation>
    </message>
    <message>
        <source>{name} is not a video file ({suffixes})</source>
        <translation>{name} is not a video file ({suffixes})</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <source>{file} has %n problem(s):</source>
        <translation>{file} has %n problem(s):</translation>
    </message>
    <message>
        <source>  … and %n more.</source>
        <translation>  … and %n more.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>Cannot read {file}: {error}</translation>
    </message>
    <message>
        <source>{header} (or {others})</source>
        <translation>{header} (or {others})</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;, has %n problem(s):</source>
        <translation>{file}, sheet &quot;{sheet}&quot;, has %n problem(s):</translation>
    </message>
    <message>
        <source>{letter} ({header})</source>
        <translation>{letter} ({header})</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>row {row}, column {column}</translation>
    </message>
    <message>
        <source>{file} is a {kind} workbook, which Juri does not read: open it and save it as .xlsx (Excel Workbook) or as CSV UTF-8.</source>
        <translation>{file} is a {kind} workbook, which Juri does not read: open it and save it as .xlsx (Excel Workbook) or as CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file}: only .xlsx and .csv spreadsheets can be read.</source>
        <translation>{file}: only .xlsx and .csv spreadsheets can be read.</translation>
    </message>
    <message>
        <source>{file}: sheets {sheets} each have a header row with these columns and rows under it, but one sheet is read: put every row on one sheet, or hide the sheets that are not to be read.</source>
        <translation>{file}: sheets {sheets} each have a header row with these columns and rows under it, but one sheet is read: put every row on one sheet, or hide the sheets that are not to be read.</translation>
    </message>
    <message>
        <source>{where}: none of the first {n} rows is a header row. Name the columns in one row: {columns}.</source>
        <translation>{where}: none of the first {n} rows is a header row. Name the columns in one row: {columns}.</translation>
    </message>
    <message>
        <source>{where}: the header row (row {row}) has no column {columns}.</source>
        <translation>{where}: the header row (row {row}) has no column {columns}.</translation>
    </message>
    <message>
        <source>Sheets looked at: {sheets}.</source>
        <translation>Sheets looked at: {sheets}.</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;</source>
        <translation>{file}, sheet &quot;{sheet}&quot;</translation>
    </message>
    <message>
        <source>row {row}: {value}</source>
        <translation>row {row}: {value}</translation>
    </message>
    <message>
        <source>hidden rows were read: {rows}</source>
        <translation>hidden rows were read: {rows}</translation>
    </message>
    <message>
        <source>column {column}: %n number(s) in the format {format} were read without it: {cells}</source>
        <translation>column {column}: %n number(s) in the format {format} were read without it: {cells}</translation>
    </message>
    <message>
        <source>{where}: shows the link {shown} but leads to {target}; make the cell show the address it leads to</source>
        <translation>{where}: shows the link {shown} but leads to {target}; make the cell show the address it leads to</translation>
    </message>
    <message>
        <source>{where}: holds the formula {formula} without a saved result; type the value itself, or open the file in Excel or LibreOffice and save it again</source>
        <translation>{where}: holds the formula {formula} without a saved result; type the value itself, or open the file in Excel or LibreOffice and save it again</translation>
    </message>
    <message>
        <source>{where}: shows the error {error}</source>
        <translation>{where}: shows the error {error}</translation>
    </message>
    <message>
        <source>the header is row {row}; the rows above it were not read</source>
        <translation>the header is row {row}; the rows above it were not read</translation>
    </message>
    <message>
        <source>read sheet &quot;{sheet}&quot; with its header in row {row}; other sheets were not read</source>
        <translation>read sheet &quot;{sheet}&quot; with its header in row {row}; other sheets were not read</translation>
    </message>
    <message>
        <source>read sheet &quot;{sheet}&quot; with its header in row {row}; other sheets and the rows above were not read</source>
        <translation>read sheet &quot;{sheet}&quot; with its header in row {row}; other sheets and the rows above were not read</translation>
    </message>
    <message>
        <source>column {column} is hidden but was read</source>
        <translation>column {column} is hidden but was read</translation>
    </message>
    <message>
        <source>column {other} was not read: column {column} was</source>
        <translation>column {other} was not read: column {column} was</translation>
    </message>
    <message>
        <source>cells {range} are merged across the columns {columns}: unmerge them and give each cell its own value</source>
        <translation>cells {range} are merged across the columns {columns}: unmerge them and give each cell its own value</translation>
    </message>
    <message>
        <source>cells {range} overlap another merged range</source>
        <translation>cells {range} overlap another merged range</translation>
    </message>
    <message>
        <source>column {column}: %n merged range(s) were read with their first cell&apos;s value on every row: {ranges}</source>
        <translation>column {column}: %n merged range(s) were read with their first cell&apos;s value on every row: {ranges}</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>and %n more</translation>
    </message>
    <message>
        <source>{file} has more than {n} rows.</source>
        <translation>{file} has more than {n} rows.</translation>
    </message>
    <message>
        <source>{file} is too large.</source>
        <translation>{file} is too large.</translation>
    </message>
    <message>
        <source>{file}: the cell that starts in row {row} runs past {n} characters: most often a quote (&quot;) opened in it and never closed, which takes in every row after it</source>
        <translation>{file}: the cell that starts in row {row} runs past {n} characters: most often a quote (&quot;) opened in it and never closed, which takes in every row after it</translation>
    </message>
    <message>
        <source>{file} says it is UTF-16 text but is damaged. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} says it is UTF-16 text but is damaged. Save it again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text except at {places}: fix the character there, or save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} is UTF-8 text except at {places}: fix the character there, or save the file again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252 text (see {places}). Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} is neither UTF-8 nor Windows-1252 text (see {places}). Save it again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>not UTF-8: read as Windows-1252 (Excel&apos;s &quot;CSV&quot; on Windows); check its accented letters, or save it as &quot;CSV UTF-8&quot;</source>
        <translation>not UTF-8: read as Windows-1252 (Excel&apos;s &quot;CSV&quot; on Windows); check its accented letters, or save it as &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>{file} is not a text CSV file (it contains binary data). Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} is not a text CSV file (it contains binary data). Save it again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>row {row}, column {letter} (byte 0x{byte:02X})</source>
        <translation>row {row}, column {letter} (byte 0x{byte:02X})</translation>
    </message>
    <message>
        <source>{file} is an old .xls workbook or a password-protected one: open it, remove any password, and save it as .xlsx (Excel Workbook).</source>
        <translation>{file} is an old .xls workbook or a password-protected one: open it, remove any password, and save it as .xlsx (Excel Workbook).</translation>
    </message>
    <message>
        <source>{file} is not a readable XLSX workbook.</source>
        <translation>{file} is not a readable XLSX workbook.</translation>
    </message>
    <message>
        <source>The workbook has no visible sheet.</source>
        <translation>The workbook has no visible sheet.</translation>
    </message>
</context>
<context>
    <name>ThirdJurorDialog</name>
    <message>
        <source>Assign a third juror to {code}</source>
        <translation>Assign a third juror to {code}</translation>
    </message>
    <message>
        <source>Tick the jurors who should also score {code}. Juri writes an assignments file; the secretariat adds it to the package with juri package amend and sends the new version to the jurors. Results already given keep counting.</source>
        <translation>Tick the jurors who should also score {code}. Juri writes an assignments file; the secretariat adds it to the package with juri package amend and sends the new version to the jurors. Results already given keep counting.</translation>
    </message>
    <message>
        <source>&amp;Jurors not assigned to it (submissions they have):</source>
        <translation>&amp;Jurors not assigned to it (submissions they have):</translation>
    </message>
    <message>
        <source>Jurors who could score {code}</source>
        <translation>Jurors who could score {code}</translation>
    </message>
    <message>
        <source>{id} · {name} ({n} submissions)</source>
        <translation>{id} · {name} ({n} submissions)</translation>
    </message>
    <message>
        <source>Every juror of the roster is assigned to {code} already; a new juror needs a roster row too (juri package amend --roster).</source>
        <translation>Every juror of the roster is assigned to {code} already; a new juror needs a roster row too (juri package amend --roster).</translation>
    </message>
    <message>
        <source>&amp;Save assignments…</source>
        <translation>&amp;Save assignments…</translation>
    </message>
</context>
<context>
    <name>TieBreakDialog</name>
    <message>
        <source>Tie-break order</source>
        <translation>Tie-break order</translation>
    </message>
    <message>
        <source>Equal scores are separated by the ticked items, from the top: a criterion by its mean score, higher first; the number of complete evaluations, more first. What none of them separates is a tie and shares a place. Space ticks; Ctrl+Up and Ctrl+Down move the selected item.</source>
        <translation>Equal scores are separated by the ticked items, from the top: a criterion by its mean score, higher first; the number of complete evaluations, more first. What none of them separates is a tie and shares a place. Space ticks; Ctrl+Up and Ctrl+Down move the selected item.</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <source>Tie-break order, from the top</source>
        <translation>Tie-break order, from the top</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Heaviest criteria first</source>
        <translation>&amp;Heaviest criteria first</translation>
    </message>
    <message>
        <source>The default: every weighted criterion, heaviest first, then the number of complete evaluations</source>
        <translation>The default: every weighted criterion, heaviest first, then the number of complete evaluations</translation>
    </message>
    <message>
        <source>Number of complete evaluations</source>
        <translation>Number of complete evaluations</translation>
    </message>
    <message>
        <source>{code} · {title} (weight {weight})</source>
        <translation>{code} · {title} (weight {weight})</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>score of {criterion}</source>
        <translation>score of {criterion}</translation>
    </message>
    <message>
        <source>overall comment</source>
        <translation>overall comment</translation>
    </message>
    <message>
        <source>comment on {criterion}</source>
        <translation>comment on {criterion}</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>video watched</source>
        <translation>video watched</translation>
    </message>
    <message>
        <source>field notes</source>
        <translation>field notes</translation>
    </message>
    <message>
        <source>checklist item {item}</source>
        <translation>checklist item {item}</translation>
    </message>
    <message>
        <source>interview notes</source>
        <translation>interview notes</translation>
    </message>
    <message>
        <source>attach {name}</source>
        <translation>attach {name}</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>remove {name}</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>conflict of interest</translation>
    </message>
    <message>
        <source>withdraw conflict of interest</source>
        <translation>withdraw conflict of interest</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>tampered</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>malformed</translation>
    </message>
    <message>
        <source>for another package</source>
        <translation>for another package</translation>
    </message>
    <message>
        <source>juror not in roster</source>
        <translation>juror not in roster</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>made by a newer version of Juri (schema {schema}); update Juri</source>
        <translation>made by a newer version of Juri (schema {schema}); update Juri</translation>
    </message>
    <message>
        <source>not a readable Juri result file ({problem})</source>
        <translation>not a readable Juri result file ({problem})</translation>
    </message>
    <message>
        <source>bad signature: the file was changed after it was signed</source>
        <translation>bad signature: the file was changed after it was signed</translation>
    </message>
    <message>
        <source>signed, but not a valid result ({problem})</source>
        <translation>signed, but not a valid result ({problem})</translation>
    </message>
    <message>
        <source>for another package ({package}), not {expected}</source>
        <translation>for another package ({package}), not {expected}</translation>
    </message>
    <message>
        <source>juror {id} is not in the package&apos;s roster</source>
        <translation>juror {id} is not in the package&apos;s roster</translation>
    </message>
    <message>
        <source>valid signature, unknown key {fingerprint}: the roster has key {expected} for juror {id}</source>
        <translation>valid signature, unknown key {fingerprint}: the roster has key {expected} for juror {id}</translation>
    </message>
    <message>
        <source>the key is juror {owner}&apos;s in the roster, so it can never count for juror {id}</source>
        <translation>the key is juror {owner}&apos;s in the roster, so it can never count for juror {id}</translation>
    </message>
    <message>
        <source>signed with juror {id}&apos;s key, but it names the juror {claimed} where the package&apos;s roster has {name}</source>
        <translation>signed with juror {id}&apos;s key, but it names the juror {claimed} where the package&apos;s roster has {name}</translation>
    </message>
    <message>
        <source>evaluates submission(s) not assigned to juror {id}: {codes}</source>
        <translation>evaluates submission(s) not assigned to juror {id}: {codes}</translation>
    </message>
    <message>
        <source>the evaluations of submission(s) assigned to juror {id} are missing: {codes}</source>
        <translation>the evaluations of submission(s) assigned to juror {id} are missing: {codes}</translation>
    </message>
    <message>
        <source>the evaluations are not in the package&apos;s order of submissions</source>
        <translation>the evaluations are not in the package&apos;s order of submissions</translation>
    </message>
    <message>
        <source>{code}: the scores must list the criteria {expected} in the rubric&apos;s order, not {found}</source>
        <translation>{code}: the scores must list the criteria {expected} in the rubric&apos;s order, not {found}</translation>
    </message>
    <message>
        <source>{code}: checklist item {item} is not in the package&apos;s checklist</source>
        <translation>{code}: checklist item {item} is not in the package&apos;s checklist</translation>
    </message>
    <message>
        <source>{code}: carries interview questions and notes, but the package&apos;s round ({kind}) is not an interview</source>
        <translation>{code}: carries interview questions and notes, but the package&apos;s round ({kind}) is not an interview</translation>
    </message>
    <message>
        <source>{code}: carries field evidence, but the package&apos;s round ({kind}) is not a field visit</source>
        <translation>{code}: carries field evidence, but the package&apos;s round ({kind}) is not a field visit</translation>
    </message>
    <message>
        <source>juror {id}, version {sequence}: {complete} complete, {progress} in progress, {recused} recused, {blank} not started (of {assigned} assigned)</source>
        <translation>juror {id}, version {sequence}: {complete} complete, {progress} in progress, {recused} recused, {blank} not started (of {assigned} assigned)</translation>
    </message>
    <message>
        <source>WITHOUT AN INTEGRITY PACT: the juror did not accept the pact in Juri before this file was signed; ask the juror about it</source>
        <translation>WITHOUT AN INTEGRITY PACT: the juror did not accept the pact in Juri before this file was signed; ask the juror about it</translation>
    </message>
    <message>
        <source>{code}: the status says {declared}, the scores say {actual}</source>
        <translation>{code}: the status says {declared}, the scores say {actual}</translation>
    </message>
    <message>
        <source>made for another version of this package (manifest {sha}), which version {version} does not name as an earlier one: a newer version, or one the secretariat did not sign as an amendment; use the newest version of the package</source>
        <translation>made for another version of this package (manifest {sha}), which version {version} does not name as an earlier one: a newer version, or one the secretariat did not sign as an amendment; use the newest version of the package</translation>
    </message>
    <message>
        <source>{code}: the total {declared} does not match the scores ({actual})</source>
        <translation>{code}: the total {declared} does not match the scores ({actual})</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Open with the video player</source>
        <translation>Open with the video player</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Play or pause the video</source>
        <translation>Play or pause the video</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Position in the video</translation>
    </message>
    <message>
        <source>Preparing the video…</source>
        <translation>Preparing the video…</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Juri cannot play this video here. Open it with the video player of this computer.</source>
        <translation>Juri cannot play this video here. Open it with the video player of this computer.</translation>
    </message>
</context>
<context>
    <name>VideoTab</name>
    <message>
        <source>Video link</source>
        <translation>Video link</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>QR code of the video link</source>
        <translation>QR code of the video link</translation>
    </message>
    <message>
        <source>Scan with a phone to watch the video there, e.g. when this laptop is offline.</source>
        <translation>Scan with a phone to watch the video there, e.g. when this laptop is offline.</translation>
    </message>
    <message>
        <source>I have watched the video</source>
        <translation>I have watched the video</translation>
    </message>
    <message>
        <source>Video carried in the package</source>
        <translation>Video carried in the package</translation>
    </message>
    <message>
        <source>This submission has no video link.</source>
        <translation>This submission has no video link.</translation>
    </message>
</context>
<context>
    <name>ViewMenus</name>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the workspace folder {folder}: {error}</source>
        <translation>Cannot create the workspace folder {folder}: {error}</translation>
    </message>
    <message>
        <source>The workspace folder {folder} cannot be written (a read-only or write-protected disk?). Juri saves every change at once, so it needs a folder it can write to.</source>
        <translation>The workspace folder {folder} cannot be written (a read-only or write-protected disk?). Juri saves every change at once, so it needs a folder it can write to.</translation>
    </message>
    <message>
        <source> (process {pid} on {host})</source>
        <translation> (process {pid} on {host})</translation>
    </message>
    <message>
        <source>Juri is already open on this workspace{detail}. Close the other window first; two copies of Juri must not write to one workspace.</source>
        <translation>Juri is already open on this workspace{detail}. Close the other window first; two copies of Juri must not write to one workspace.</translation>
    </message>
    <message>
        <source>The workspace database {path} is damaged ({problem}), and Juri could not put its newest backup in its place ({error}). Nothing was changed. {advice}</source>
        <translation>The workspace database {path} is damaged ({problem}), and Juri could not put its newest backup in its place ({error}). Nothing was changed. {advice}</translation>
    </message>
    <message>
        <source>The workspace database {path} is damaged ({problem}) and there is no good backup of it. Nothing was changed. Copy the folder {folder} and give it to the secretariat.</source>
        <translation>The workspace database {path} is damaged ({problem}) and there is no good backup of it. Nothing was changed. Copy the folder {folder} and give it to the secretariat.</translation>
    </message>
    <message>
        <source>The workspace database was damaged ({problem}). Juri set it aside as {damaged} and restored the backup made at {time}. Changes saved after that time are missing: please check your latest scores.</source>
        <translation>The workspace database was damaged ({problem}). Juri set it aside as {damaged} and restored the backup made at {time}. Changes saved after that time are missing: please check your latest scores.</translation>
    </message>
    <message>
        <source>The disk holding your workspace is nearly full ({free} MB free), so Juri made no backup of it this time, to leave room for your work. Free some disk space.</source>
        <translation>The disk holding your workspace is nearly full ({free} MB free), so Juri made no backup of it this time, to leave room for your work. Free some disk space.</translation>
    </message>
    <message>
        <source>Juri could not back up the workspace before updating it ({error}), so it did not update it. {advice}</source>
        <translation>Juri could not back up the workspace before updating it ({error}), so it did not update it. {advice}</translation>
    </message>
    <message>
        <source>The folder {folder} has become read-only (a write-protected or failing disk?): copy the workspace folder to a disk you can write to, and open it from there.</source>
        <translation>The folder {folder} has become read-only (a write-protected or failing disk?): copy the workspace folder to a disk you can write to, and open it from there.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Free some disk space and try again.</translation>
    </message>
    <message>
        <source>Juri could not save this change: the workspace folder {folder} has become read-only (a write-protected or failing disk?). Your earlier changes are safe. Copy the workspace folder to a disk you can write to, and open it from there.</source>
        <translation>Juri could not save this change: the workspace folder {folder} has become read-only (a write-protected or failing disk?). Your earlier changes are safe. Copy the workspace folder to a disk you can write to, and open it from there.</translation>
    </message>
    <message>
        <source>Juri could not save this change: the disk is full. Your earlier changes are safe. Free some disk space and enter the change again.</source>
        <translation>Juri could not save this change: the disk is full. Your earlier changes are safe. Free some disk space and enter the change again.</translation>
    </message>
    <message>
        <source>Juri could not save this change: the disk reported an error. Your earlier changes are safe. Save your work elsewhere and have the laptop checked.</source>
        <translation>Juri could not save this change: the disk reported an error. Your earlier changes are safe. Save your work elsewhere and have the laptop checked.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
</context>
</TS>
