<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Offline scoring for the jurors of public-service innovation competitions (KIPP).&lt;/p&gt;&lt;p&gt;Your scores stay on this laptop until you export them, signed with your own key.&lt;/p&gt;&lt;p&gt;© {organisation} · {license}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt for Python {qt}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Penilaian luring bagi juri kompetisi inovasi pelayanan publik (KIPP).&lt;/p&gt;&lt;p&gt;Nilai Anda tetap berada di laptop ini sampai Anda mengekspornya, ditandatangani dengan kunci Anda sendiri.&lt;/p&gt;&lt;p&gt;© {organisation} · {license}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt for Python {qt}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Tentang {name}</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>assign a third juror</source>
        <translation>tugaskan juri ketiga</translation>
    </message>
    <message>
        <source>discuss in the panel&apos;s plenary</source>
        <translation>bahas dalam rapat pleno panel</translation>
    </message>
    <message>
        <source>every juror, %n submission(s)</source>
        <translation>semua juri, %n proposal</translation>
    </message>
    <message>
        <source>jurors taken as interchangeable, %n submission(s)</source>
        <translation>juri dianggap dapat saling menggantikan, %n proposal</translation>
    </message>
    <message>
        <source>ICC not computable</source>
        <translation>ICC tidak dapat dihitung</translation>
    </message>
</context>
<context>
    <name>Amendment</name>
    <message>
        <source>it is another package ({id}), not {expected}</source>
        <translation>ini paket lain ({id}), bukan {expected}</translation>
    </message>
    <message>
        <source>version {new} does not name version {old} (manifest {sha}) as one it amends</source>
        <translation>versi {new} tidak menyebut versi {old} (manifest {sha}) sebagai versi yang diubahnya</translation>
    </message>
    <message>
        <source>it is signed by another secretariat key ({new}, not {old})</source>
        <translation>ditandatangani dengan kunci sekretariat lain ({new}, bukan {old})</translation>
    </message>
    <message>
        <source>it changes the package&apos;s {part}; an amendment only adds jurors and assignments</source>
        <translation>mengubah {part} paket; perubahan paket hanya menambah juri dan penugasan</translation>
    </message>
    <message>
        <source>it removes juror {id}</source>
        <translation>menghapus juri {id}</translation>
    </message>
    <message>
        <source>it changes juror {id}&apos;s name or key; a juror&apos;s new key is the chair&apos;s decision (accept the key), not a new package</source>
        <translation>mengubah nama atau kunci juri {id}; kunci baru seorang juri adalah keputusan ketua tim panel (terima kuncinya), bukan paket baru</translation>
    </message>
    <message>
        <source>it removes submission(s) {codes} from juror {id}</source>
        <translation>menghapus proposal {codes} dari juri {id}</translation>
    </message>
</context>
<context>
    <name>Build</name>
    <message>
        <source>The package id &apos;{id}&apos; may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>ID paket &apos;{id}&apos; hanya boleh berisi huruf, angka, &apos;.&apos;, &apos;_&apos;, dan &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Building the package was cancelled.</source>
        <translation>Pembuatan paket dibatalkan.</translation>
    </message>
    <message>
        <source>Nothing was written: %n input file(s) have problems. Fix them all, then build again.</source>
        <translation>Tidak ada yang ditulis: %n file masukan bermasalah. Perbaiki semuanya, lalu bangun paket lagi.</translation>
    </message>
    <message>
        <source>%n submission(s) have no juror, so nobody will score them: {codes}</source>
        <translation>%n proposal tidak punya juri, jadi tidak akan ada yang menilainya: {codes}</translation>
    </message>
    <message>
        <source>%n submission(s) have fewer jurors than the round&apos;s minimum of {minimum} complete evaluations, so they can never be ranked: {codes}</source>
        <translation>%n proposal memiliki juri lebih sedikit daripada minimum {minimum} penilaian selesai tahap ini, sehingga tidak akan pernah diperingkat: {codes}</translation>
    </message>
    <message>
        <source>%n juror(s) have no submission to score: {ids}</source>
        <translation>%n juri tidak punya proposal untuk dinilai: {ids}</translation>
    </message>
    <message>
        <source>another submission&apos;s file has the same name on Windows and macOS (names differing only in case)</source>
        <translation>berkas proposal lain bernama sama di Windows dan macOS (nama yang hanya berbeda huruf besar-kecilnya)</translation>
    </message>
    <message>
        <source>{name} (submission {code}) cannot go into the package as {member}: {problem}.</source>
        <translation>{name} (proposal {code}) tidak dapat dimasukkan ke paket sebagai {member}: {problem}.</translation>
    </message>
    <message>
        <source>The file name {name} (submission {code}) cannot go into the package: {problem}. Rename the file.</source>
        <translation>Nama berkas {name} (proposal {code}) tidak dapat dimasukkan ke paket: {problem}. Ganti nama berkas itu.</translation>
    </message>
    <message>
        <source>Submissions {first} and {second} name the same file {name}: give each submission its own file.</source>
        <translation>Proposal {first} dan {second} menyebut berkas yang sama {name}: berikan setiap proposal berkasnya sendiri.</translation>
    </message>
    <message>
        <source>The roster gives juror {ids} the secretariat&apos;s own public key: each juror needs a key of their own (juri keys export in the juror&apos;s workspace).</source>
        <translation>Daftar juri memberi juri {ids} kunci publik milik sekretariat sendiri: setiap juri memerlukan kuncinya sendiri (juri keys export di ruang kerja juri itu).</translation>
    </message>
</context>
<context>
    <name>ChairCharts</name>
    <message>
        <source>&amp;Scores:</source>
        <translation>&amp;Jenis nilai:</translation>
    </message>
    <message>
        <source>Scores shown in the chart</source>
        <translation>Nilai yang ditampilkan pada grafik</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Box plot of each juror&apos;s scores</source>
        <translation>Diagram kotak nilai setiap juri</translation>
    </message>
    <message>
        <source>Weighted total (0–100)</source>
        <translation>Nilai akhir tertimbang (0–100)</translation>
    </message>
    <message>
        <source>No complete evaluation yet.</source>
        <translation>Belum ada penilaian yang selesai.</translation>
    </message>
    <message>
        <source>{juror}: median {median}, mean {mean} (n = {n})</source>
        <translation>{juror}: median {median}, rata-rata {mean} (n = {n})</translation>
    </message>
    <message>
        <source>Most lenient: {high}. Strictest: {low}.</source>
        <translation>Paling murah hati: {high}. Paling ketat: {low}.</translation>
    </message>
</context>
<context>
    <name>ChairExport</name>
    <message>
        <source>CSV for Excel (semicolons, decimal commas) (*.csv)</source>
        <translation>CSV untuk Excel (titik koma, desimal koma) (*.csv)</translation>
    </message>
    <message>
        <source>CSV for programs (commas, decimal points) (*.csv)</source>
        <translation>CSV untuk program (koma, desimal titik) (*.csv)</translation>
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
        <translation>Juri</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Kunci penanda tangan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>{name} (in {merged})</source>
        <translation>{name} (dalam {merged})</translation>
    </message>
    <message>
        <source>The file says it is juror {juror}&apos;s, but that is not verified: {reason}</source>
        <translation>File ini mengaku milik juri {juror}, tetapi hal itu tidak terverifikasi: {reason}</translation>
    </message>
    <message>
        <source>{status} · no integrity pact</source>
        <translation>{status} · tanpa pakta integritas</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>tidak ditugaskan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Mean of totals</source>
        <translation>Rata-rata nilai akhir</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>The passing grade applies {rule}.</source>
        <translation>Nilai batas lulus berlaku {rule}.</translation>
    </message>
    <message>
        <source>jurors disagree</source>
        <translation>beda pendapat antarjuri</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Terendah</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Tertinggi</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α Krippendorff</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Tafsiran</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Rancangan</translation>
    </message>
    <message>
        <source>weighted total</source>
        <translation>nilai total berbobot</translation>
    </message>
</context>
<context>
    <name>ChairPages</name>
    <message>
        <source>Import the jurors&apos; result files: File → Import results, or drop files and folders on this window.</source>
        <translation>Impor file hasil para juri: Berkas → Impor hasil, atau seret file dan folder ke jendela ini.</translation>
    </message>
    <message>
        <source>Summary of the imported files</source>
        <translation>Ringkasan file yang diimpor</translation>
    </message>
    <message>
        <source>Imported files and their status</source>
        <translation>File yang diimpor dan statusnya</translation>
    </message>
    <message>
        <source>The selected file&apos;s status</source>
        <translation>Status file yang dipilih</translation>
    </message>
    <message>
        <source>Accept this &amp;key…</source>
        <translation>Terima kunci &amp;juri ini…</translation>
    </message>
    <message>
        <source>Accept the unknown key of the selected file</source>
        <translation>Terima kunci tidak dikenal dari file yang dipilih</translation>
    </message>
    <message>
        <source>Accept a key the roster does not know, after comparing its fingerprint with the juror&apos;s signed paper sheet</source>
        <translation>Terima kunci yang tidak ada dalam daftar juri, setelah mencocokkan sidik kuncinya dengan lembar kertas yang ditandatangani juri</translation>
    </message>
    <message>
        <source>{name}: {status} — {reason}</source>
        <translation>{name}: {status} — {reason}</translation>
    </message>
    <message>
        <source>Files: {total} — {parts}. Jurors accepted: {jurors}.</source>
        <translation>File: {total} — {parts}. Juri yang diterima: {jurors}.</translation>
    </message>
    <message>
        <source>No file of its juror is signed by the accepted key(s) {keys}.</source>
        <translation>Tidak ada file milik jurinya yang ditandatangani dengan kunci yang diterima {keys}.</translation>
    </message>
    <message>
        <source>Until the secretariat says which one is in force, these files do not count and the merged file cannot be signed.</source>
        <translation>Sampai sekretariat menyatakan mana yang berlaku, berkas-berkas ini tidak dihitung dan berkas gabungan tidak dapat ditandatangani.</translation>
    </message>
    <message>
        <source>Open the newest version of the package (File → Open package): results made for its earlier versions count under it. Until then these files do not count and the merged file cannot be signed.</source>
        <translation>Buka versi terbaru paket (Berkas → Buka paket): hasil yang dibuat untuk versi sebelumnya tetap dihitung di bawahnya. Sampai saat itu file-file ini tidak dihitung dan file gabungan tidak bisa ditandatangani.</translation>
    </message>
    <message>
        <source>Coverage: submissions by jurors</source>
        <translation>Cakupan: proposal menurut juri</translation>
    </message>
    <message>
        <source>Assigned evaluations: {total} — {parts}.</source>
        <translation>Penilaian yang ditugaskan: {total} — {parts}.</translation>
    </message>
    <message>
        <source>Line-&amp;up:</source>
        <translation>&amp;Susunan:</translation>
    </message>
    <message>
        <source>Ranking line-up</source>
        <translation>Susunan peringkat</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Keseluruhan</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Per kelompok</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Per kluster</translation>
    </message>
    <message>
        <source>Method and passing grade</source>
        <translation>Metode dan nilai batas lulus</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>{method}. No passing grade in this round.</source>
        <translation>{method}. Tahap ini tanpa nilai batas lulus.</translation>
    </message>
    <message>
        <source>{method}. Passing grade: {grade} — {passing} of {total} pass.</source>
        <translation>{method}. Nilai batas lulus: {grade} — {passing} dari {total} lulus.</translation>
    </message>
    <message>
        <source>The grade applies {rule}.</source>
        <translation>Batas lulus berlaku {rule}.</translation>
    </message>
    <message>
        <source>Ranked: submissions with enough complete evaluations (needed: {minimum}); not ranked: {unranked}.</source>
        <translation>Diperingkat: proposal dengan penilaian selesai yang cukup (diperlukan: {minimum}); tidak diperingkat: {unranked}.</translation>
    </message>
    <message>
        <source>Tied places are marked with “=”: {ties} submissions share a place that no tie-break separates.</source>
        <translation>Peringkat seri ditandai “=”: {ties} proposal berbagi peringkat yang tidak dapat dipisahkan oleh aturan penentu.</translation>
    </message>
    <message>
        <source>Scores shown with more decimals look equal to a neighbour&apos;s at two; the decimals shown separate them.</source>
        <translation>Nilai yang ditampilkan dengan lebih banyak desimal tampak sama dengan nilai tetangganya pada dua desimal; desimal yang ditampilkan itulah yang membedakannya.</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Perbedaan penilaian</translation>
    </message>
    <message>
        <source>Assign a third &amp;juror…</source>
        <translation>Tugaskan &amp;juri ketiga…</translation>
    </message>
    <message>
        <source>Choose jurors to add to the selected submission and save the assignments file the secretariat signs with juri package amend</source>
        <translation>Pilih juri yang ditambahkan pada proposal yang dipilih dan simpan file penugasan yang ditandatangani sekretariat dengan juri package amend</translation>
    </message>
    <message>
        <source>Submissions whose jurors&apos; weighted totals are more than {n} points apart. With two evaluations, assign a third juror; with more, discuss it in the panel.</source>
        <translation>Proposal yang nilai total berbobot para jurinya berselisih lebih dari {n} poin. Dengan dua penilaian, tugaskan juri ketiga; dengan lebih banyak, bahas dalam rapat panel.</translation>
    </message>
    <message>
        <source>No jurors&apos; totals are more than {n} points apart.</source>
        <translation>Tidak ada nilai total para juri yang berselisih lebih dari {n} poin.</translation>
    </message>
    <message>
        <source>How far the jurors agree: Krippendorff&apos;s alpha (interval level) and the six Shrout–Fleiss intraclass correlations, for the weighted total and each criterion. 1 is full agreement; near 0 or below, the scores say more about the juror than about the submission. ICC2 and ICC3 need every juror to score every submission; when jurors share the submissions out, they are taken as interchangeable and only ICC1 and ICC1k apply (– in the table).</source>
        <translation>Seberapa jauh para juri sepakat: alpha Krippendorff (tingkat interval) dan enam korelasi intrakelas Shrout–Fleiss, untuk nilai total berbobot dan setiap kriteria. 1 berarti sepakat penuh; mendekati 0 atau di bawahnya, nilai lebih mencerminkan jurinya daripada proposalnya. ICC2 dan ICC3 memerlukan setiap juri menilai setiap proposal; bila proposal dibagi di antara para juri, juri dianggap dapat saling menggantikan dan hanya ICC1 dan ICC1k yang berlaku (– dalam tabel).</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliabilitas</translation>
    </message>
    <message>
        <source>What to do about it</source>
        <translation>Apa yang perlu dilakukan</translation>
    </message>
    <message>
        <source>Sources of the readings</source>
        <translation>Sumber tafsiran</translation>
    </message>
    <message>
        <source>Summary of the evidence</source>
        <translation>Ringkasan bukti</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Same file also for</source>
        <translation>Berkas yang sama juga untuk</translation>
    </message>
    <message>
        <source>Preview of the selected file</source>
        <translation>Pratinjau berkas yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>Buka berka&amp;s</translation>
    </message>
    <message>
        <source>The accepted results carry no evidence (photos and documents are attached in field rounds).</source>
        <translation>Hasil yang diterima tidak membawa bukti (foto dan dokumen dilampirkan pada verifikasi lapangan).</translation>
    </message>
    <message>
        <source>Evidence files in the accepted results: {n}. Each one&apos;s SHA-256 is signed with its juror&apos;s result: a swapped file makes the result tampered.</source>
        <translation>Berkas bukti dalam hasil yang diterima: {n}. SHA-256 setiap berkas ikut ditandatangani bersama hasil jurinya: berkas yang ditukar membuat hasil itu dinyatakan diubah.</translation>
    </message>
    <message>
        <source>⚠ %n file(s) are the very same file given for more than one submission (column “Same file also for”): one photo cannot show two visits; ask the juror.</source>
        <translation>⚠ %n berkas adalah berkas yang persis sama yang diberikan untuk lebih dari satu proposal (kolom “Berkas yang sama juga untuk”): satu foto tidak dapat menunjukkan dua kunjungan; tanyakan kepada jurinya.</translation>
    </message>
    <message>
        <source>PDF document: open it to read it.</source>
        <translation>Dokumen PDF: buka untuk membacanya.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <source>Merge store</source>
        <translation>Penyimpanan gabungan</translation>
    </message>
    <message>
        <source>Open the package the results are for first (File → Open package).</source>
        <translation>Buka dahulu paket yang menjadi dasar hasil penilaian (Berkas → Buka paket).</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>&amp;Peringkat</translation>
    </message>
    <message>
        <source>&amp;Disagreements</source>
        <translation>Perbe&amp;daan penilaian</translation>
    </message>
    <message>
        <source>Re&amp;liability</source>
        <translation>&amp;Reliabilitas</translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <source>Eviden&amp;ce</source>
        <translation>Bukt&amp;i</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;Buka paket…</translation>
    </message>
    <message>
        <source>&amp;Import results…</source>
        <translation>&amp;Impor hasil…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of results…</source>
        <translation>Impor &amp;folder hasil…</translation>
    </message>
    <message>
        <source>&amp;Merge again</source>
        <translation>&amp;Gabungkan ulang</translation>
    </message>
    <message>
        <source>&amp;Accept the selected file&apos;s key…</source>
        <translation>&amp;Terima kunci file yang dipilih…</translation>
    </message>
    <message>
        <source>&amp;Export signed merged file…</source>
        <translation>&amp;Ekspor file gabungan bertanda tangan…</translation>
    </message>
    <message>
        <source>Export ranking as &amp;XLSX…</source>
        <translation>Ekspor peringkat sebagai &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export ranking as &amp;CSV…</source>
        <translation>Ekspor peringkat sebagai &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print the signed record…</source>
        <translation>Ce&amp;tak berita acara…</translation>
    </message>
    <message>
        <source>Save the signed record as P&amp;DF…</source>
        <translation>Simpan berita acara sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Tie-brea&amp;ks…</source>
        <translation>Urutan penentu nilai &amp;sama…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <source>&amp;About Juri</source>
        <translation>&amp;Tentang Juri</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Gab&amp;ung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Merge settings</source>
        <translation>Pengaturan penggabungan</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>How the jurors&apos; totals combine</source>
        <translation>Cara nilai total para juri digabungkan</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Rata-rata terpangkas</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Skor z</translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <source>Totals dropped at each end</source>
        <translation>Nilai total yang dibuang di tiap ujung</translation>
    </message>
    <message>
        <source>For the trimmed mean: totals dropped at each end</source>
        <translation>Untuk rata-rata terpangkas: nilai total yang dibuang di tiap ujung</translation>
    </message>
    <message>
        <source>&amp;Trim:</source>
        <translation>Pang&amp;kas:</translation>
    </message>
    <message>
        <source>Disagreement threshold in points</source>
        <translation>Ambang perbedaan penilaian dalam poin</translation>
    </message>
    <message>
        <source>Flag a submission when its jurors&apos; totals are more than this many points apart</source>
        <translation>Tandai proposal bila nilai total para jurinya berselisih lebih dari sekian poin</translation>
    </message>
    <message>
        <source>Disagreement a&amp;bove:</source>
        <translation>&amp;Ambang selisih:</translation>
    </message>
    <message>
        <source>the round&apos;s</source>
        <translation>bawaan tahap</translation>
    </message>
    <message>
        <source>Passing grade</source>
        <translation>Nilai batas lulus</translation>
    </message>
    <message>
        <source>The total a submission needs to pass; at the lowest value, the round&apos;s own</source>
        <translation>Nilai total yang diperlukan proposal untuk lulus; pada nilai terendah, batas lulus tahap ini</translation>
    </message>
    <message>
        <source>Minimum of complete evaluations</source>
        <translation>Jumlah minimal penilaian selesai</translation>
    </message>
    <message>
        <source>Complete evaluations a submission needs to take a place and to pass; at the lowest value, the round&apos;s own minimum</source>
        <translation>Jumlah penilaian selesai yang diperlukan proposal untuk mendapat peringkat dan lulus; pada nilai terendah, jumlah minimal tahap ini</translation>
    </message>
    <message>
        <source>Mi&amp;nimum evaluations:</source>
        <translation>Minimal p&amp;enilaian:</translation>
    </message>
    <message>
        <source>Which criteria separate equal scores, and in which order</source>
        <translation>Kriteria mana yang memisahkan nilai yang sama, dan dengan urutan apa</translation>
    </message>
    <message>
        <source>Panel chair</source>
        <translation>Ketua tim panel</translation>
    </message>
    <message>
        <source>No package open</source>
        <translation>Belum ada paket yang dibuka</translation>
    </message>
    <message>
        <source>Cancelled. Files already imported are kept; Merge again (F5) merges them.</source>
        <translation>Dibatalkan. File yang sudah diimpor tetap disimpan; Gabungkan ulang (F5) akan menggabungkannya.</translation>
    </message>
    <message>
        <source>Open the package the results are for</source>
        <translation>Buka paket yang menjadi dasar hasil penilaian</translation>
    </message>
    <message>
        <source>Checking {name} …</source>
        <translation>Memeriksa {name} …</translation>
    </message>
    <message>
        <source>Package checked: complete and signed by {name} ({fp}).</source>
        <translation>Paket diperiksa: lengkap dan ditandatangani oleh {name} ({fp}).</translation>
    </message>
    <message>
        <source>Assignments written: {path} ({codes}).</source>
        <translation>Penugasan ditulis: {path} ({codes}).</translation>
    </message>
    <message>
        <source>Assign a third juror</source>
        <translation>Tugaskan juri ketiga</translation>
    </message>
    <message>
        <source>Give this file to the secretariat: the chair does not sign packages. The secretariat signs version {version} of the package with its own key:

juri package amend {package} --assignments {name} --key SECRETARIAT.key -o {new}

and sends it to the jurors and to you. Open it here (File → Open package): the results given so far keep counting.</source>
        <translation>Serahkan file ini kepada sekretariat: ketua tim panel tidak menandatangani paket. Sekretariat menandatangani versi {version} paket dengan kuncinya sendiri:

juri package amend {package} --assignments {name} --key SEKRETARIAT.key -o {new}

lalu mengirimkannya kepada para juri dan kepada Anda. Buka di sini (Berkas → Buka paket): hasil yang sudah diberikan tetap dihitung.</translation>
    </message>
    <message>
        <source>Page: {name}</source>
        <translation>Halaman: {name}</translation>
    </message>
    <message>
        <source>Next / previous field or setting</source>
        <translation>Isian atau pengaturan berikutnya / sebelumnya</translation>
    </message>
    <message>
        <source>Move in a table or list</source>
        <translation>Bergerak di tabel atau daftar</translation>
    </message>
    <message>
        <source>Open the choices of a list box</source>
        <translation>Membuka pilihan kotak daftar</translation>
    </message>
    <message>
        <source>Go to a setting or page by its underlined letter</source>
        <translation>Menuju pengaturan atau halaman lewat huruf bergaris bawahnya</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+huruf</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Bantuan ini</translation>
    </message>
    <message>
        <source>Checking the package …</source>
        <translation>Memeriksa paket …</translation>
    </message>
    <message>
        <source>Assign a third &amp;juror…</source>
        <translation>Tugaskan &amp;juri ketiga…</translation>
    </message>
    <message>
        <source>Package {id}, version {version}, signed by {fp}</source>
        <translation>Paket {id}, versi {version}, ditandatangani oleh {fp}</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Buka paket</translation>
    </message>
    <message>
        <source>Version {version} is used from now on; the results given so far still count.</source>
        <translation>Mulai sekarang versi {version} yang dipakai; hasil yang sudah diberikan tetap dihitung.</translation>
    </message>
    <message>
        <source>That is an older version of the package open, so version {version} stays in use.</source>
        <translation>Itu versi lebih lama dari paket yang terbuka, jadi versi {version} tetap dipakai.</translation>
    </message>
    <message>
        <source>Keys to accept again</source>
        <translation>Kunci yang harus diterima ulang</translation>
    </message>
    <message>
        <source>An earlier version of Juri accepted these keys for no juror in particular: {fps}.

A key now counts for one juror only, so they count for nobody until you accept each again: compare its fingerprint with the jurors&apos; signed evaluation sheets, select a file of that juror signed by it on the Files tab, and choose &quot;Accept this key&quot;.</source>
        <translation>Versi Juri sebelumnya menerima kunci-kunci ini tanpa menyebut juri tertentu: {fps}.

Kini sebuah kunci hanya berlaku untuk satu juri, sehingga kunci-kunci ini tidak berlaku untuk siapa pun sampai Anda menerimanya ulang: cocokkan sidik kuncinya dengan lembar penilaian yang ditandatangani para juri, pilih di tab File sebuah file juri tersebut yang ditandatangani dengan kunci itu, lalu pilih &quot;Terima kunci juri ini&quot;.</translation>
    </message>
    <message>
        <source>Import result files</source>
        <translation>Impor file hasil</translation>
    </message>
    <message>
        <source>Result and merged files (*.json);;All files (*)</source>
        <translation>File hasil dan file gabungan (*.json);;Semua file (*)</translation>
    </message>
    <message>
        <source>Import a folder of result files</source>
        <translation>Impor folder berisi file hasil</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Impor hasil</translation>
    </message>
    <message>
        <source>Imported: {read} file(s) read, {new} new.</source>
        <translation>Diimpor: {read} file dibaca, {new} baru.</translation>
    </message>
    <message>
        <source>Checking and merging the results …</source>
        <translation>Memeriksa dan menggabungkan hasil …</translation>
    </message>
    <message>
        <source>Merging …</source>
        <translation>Menggabungkan …</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Penggabungan</translation>
    </message>
    <message>
        <source>Accept an unknown key</source>
        <translation>Terima kunci tidak dikenal</translation>
    </message>
    <message>
        <source>The file {name} has a valid signature by a key the package&apos;s roster does not have for juror {juror}.

Key fingerprint: {fp}

Accept it only if this fingerprint is the one on juror {juror}&apos;s signed evaluation sheet. The key will count for juror {juror} only. The decision is recorded in the merge store and in the merged file.</source>
        <translation>File {name} memiliki tanda tangan yang valid dari kunci yang tidak tercantum dalam daftar juri paket untuk juri {juror}.

Sidik kunci: {fp}

Terima hanya jika sidik kunci ini sama dengan yang tertera pada lembar penilaian yang ditandatangani juri {juror}. Kunci ini hanya berlaku untuk juri {juror}. Keputusan ini dicatat dalam penyimpanan gabungan dan dalam file gabungan.</translation>
    </message>
    <message>
        <source>Key {fp} accepted for juror {juror}; merged again.</source>
        <translation>Kunci {fp} diterima untuk juri {juror}; hasil digabungkan ulang.</translation>
    </message>
    <message>
        <source>&amp;Accept the key</source>
        <translation>&amp;Terima kunci</translation>
    </message>
    <message>
        <source>Covera&amp;ge</source>
        <translation>&amp;Cakupan</translation>
    </message>
    <message>
        <source>&amp;Passing grade:</source>
        <translation>Batas &amp;lulus:</translation>
    </message>
    <message numerus="yes">
        <source>Already imported: %n file(s) ({names}).</source>
        <translation>
            <numerusform>Sudah diimpor sebelumnya: %n file ({names}).</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted in the chair&apos;s window for {name}</source>
        <translation>diterima di jendela ketua untuk {name}</translation>
    </message>
    <message>
        <source>Merging with the accepted key …</source>
        <translation>Menggabungkan dengan kunci yang diterima …</translation>
    </message>
    <message>
        <source>Ranking again …</source>
        <translation>Menyusun ulang peringkat …</translation>
    </message>
    <message>
        <source>Select the submission in Ranking or Disagreements first.</source>
        <translation>Pilih dahulu proposalnya di tab Peringkat atau Perbedaan penilaian.</translation>
    </message>
    <message>
        <source>Export signed merged file</source>
        <translation>Ekspor file gabungan bertanda tangan</translation>
    </message>
    <message>
        <source>Merged files (*.json)</source>
        <translation>File gabungan (*.json)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Tandatangani</translation>
    </message>
    <message>
        <source>Merged file written: {path} (SHA-256 {sha})</source>
        <translation>File gabungan ditulis: {path} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>Export ranking as XLSX</source>
        <translation>Ekspor peringkat sebagai XLSX</translation>
    </message>
    <message>
        <source>Export ranking as CSV</source>
        <translation>Ekspor peringkat sebagai CSV</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Lembar kerja (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the assignments for the secretariat</source>
        <translation>Simpan penugasan untuk sekretariat</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Mengekspor …</translation>
    </message>
    <message>
        <source>Exported: {path}</source>
        <translation>Diekspor: {path}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>The signed record</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <source>The record prints the ranking the chair signed. Export the signed merged file first (File → Export signed merged file…), then print the record.</source>
        <translation>Berita acara mencetak peringkat yang ditandatangani ketua. Ekspor dahulu file gabungan bertanda tangan (Berkas → Ekspor file gabungan bertanda tangan…), lalu cetak berita acaranya.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Print the signed record</source>
        <translation>Cetak berita acara</translation>
    </message>
    <message>
        <source>Save the signed record as PDF</source>
        <translation>Simpan berita acara sebagai PDF</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot read the passphrase file {path}: {error}</source>
        <translation>Tidak dapat membaca file kata sandi {path}: {error}</translation>
    </message>
    <message>
        <source>A passphrase is needed: run in a terminal, or give --passphrase-file.</source>
        <translation>Kata sandi diperlukan: jalankan di terminal, atau gunakan --passphrase-file.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Ulangi kata sandi: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Kedua kata sandi berbeda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{name} is signed by key {actual}, not by {expected}.</source>
        <translation>{name} ditandatangani dengan kunci {actual}, bukan {expected}.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>read the passphrase from this file instead of asking (or set JURI_PASSPHRASE)</source>
        <translation>baca kata sandi dari file ini alih-alih menanyakannya (atau atur JURI_PASSPHRASE)</translation>
    </message>
    <message>
        <source>{text} {problem}</source>
        <translation>{text} {problem}</translation>
    </message>
    <message>
        <source>make a ready demo competition</source>
        <translation>buat kompetisi demo siap pakai</translation>
    </message>
    <message>
        <source>measure Juri&apos;s speed on a synthetic competition</source>
        <translation>mengukur kecepatan Juri pada kompetisi sintetis</translation>
    </message>
    <message>
        <source>Make a synthetic competition (signed package, juror workspace, every panel juror&apos;s signed result file) and time each step: package build and verify against raw SHA-256, opening the workspace, saving score changes, export and verify, the chair&apos;s merge (with the same aggregation in pandas when it is installed), blank sheets, the juror&apos;s window offscreen, the app&apos;s start, small commands (juri --version, result show, score set), and the peak memory of the window and of juri merge. Nothing outside a temporary folder is touched.</source>
        <translation>Membuat kompetisi sintetis (paket bertanda tangan, ruang kerja juri, berkas hasil bertanda tangan dari setiap juri panel) dan mengukur waktu setiap langkah: membangun dan memverifikasi paket dibandingkan dengan SHA-256 murni, membuka ruang kerja, menyimpan perubahan nilai, ekspor dan verifikasi, penggabungan oleh ketua tim panel (dengan agregasi yang sama di pandas bila terpasang), lembar kosong, jendela juri tanpa layar, waktu mulai aplikasi, perintah kecil (juri --version, result show, score set), serta memori puncak jendela dan juri merge. Tidak ada yang disentuh di luar folder sementara.</translation>
    </message>
    <message>
        <source>a small competition, for a quick check</source>
        <translation>kompetisi kecil, untuk pemeriksaan cepat</translation>
    </message>
    <message>
        <source>submissions (default: {n})</source>
        <translation>proposal (bawaan: {n})</translation>
    </message>
    <message>
        <source>criteria in the rubric (default: {n})</source>
        <translation>kriteria dalam rubrik (bawaan: {n})</translation>
    </message>
    <message>
        <source>jurors in the panel (default: {n})</source>
        <translation>juri dalam panel (bawaan: {n})</translation>
    </message>
    <message>
        <source>jurors scoring each submission (default: {n})</source>
        <translation>juri yang menilai setiap proposal (bawaan: {n})</translation>
    </message>
    <message>
        <source>size of each proposal file in KB (default: {n})</source>
        <translation>ukuran setiap berkas proposal dalam KB (bawaan: {n})</translation>
    </message>
    <message>
        <source>score changes to time (default: {n})</source>
        <translation>perubahan nilai yang diukur waktunya (bawaan: {n})</translation>
    </message>
    <message>
        <source>blank sheets to render (default: {n})</source>
        <translation>lembar kosong yang dibuat (bawaan: {n})</translation>
    </message>
    <message>
        <source>skip the juror&apos;s window (no Qt GUI needed)</source>
        <translation>lewati jendela juri (tanpa GUI Qt)</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>make everything in this new folder and keep it (default: a temporary folder)</source>
        <translation>buat semuanya di folder baru ini dan simpan (bawaan: folder sementara)</translation>
    </message>
    <message>
        <source>print one JSON report</source>
        <translation>cetak satu laporan JSON</translation>
    </message>
    <message>
        <source>Every count must be 1 or more.</source>
        <translation>Setiap jumlah harus 1 atau lebih.</translation>
    </message>
    <message>
        <source>--per-submission cannot be larger than --jurors.</source>
        <translation>--per-submission tidak boleh lebih besar dari --jurors.</translation>
    </message>
    <message>
        <source>{path} is not empty; give a new folder.</source>
        <translation>{path} tidak kosong; berikan folder baru.</translation>
    </message>
    <message>
        <source>… {step}</source>
        <translation>… {step}</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Make a complete KIPP-like demo in FOLDER: the secretariat&apos;s key, four jurors with workspaces and keys, sixteen proposals, the 2023 rubric and a signed package. With --simulate every juror also scores and exports a signed result file. With --rounds the competition goes on as KIPP does: the desk round by pairs, a third juror where the chair&apos;s merge flags a submission, the shortlist to the interview round, its best to the field round (with a photo from the visit), and the chair&apos;s signed final line-up.</source>
        <translation>Membuat demo lengkap seperti KIPP di FOLDER: kunci sekretariat, empat juri dengan ruang kerja dan kuncinya, enam belas proposal, rubrik 2023, dan paket bertanda tangan. Dengan --simulate setiap juri juga menilai dan mengekspor file hasil bertanda tangan. Dengan --rounds kompetisi berlanjut seperti KIPP: penilaian proposal oleh pasangan juri, juri ketiga untuk proposal yang ditandai file gabungan ketua, daftar pendek ke tahap wawancara, yang terbaik ke verifikasi lapangan (dengan foto kunjungan), dan susunan akhir bertanda tangan ketua.</translation>
    </message>
    <message>
        <source>let the four jurors score and export signed results</source>
        <translation>biarkan keempat juri memberi nilai dan mengekspor hasil yang ditandatangani</translation>
    </message>
    <message>
        <source>carry the competition through every round to the final line-up (implies --simulate)</source>
        <translation>jalankan kompetisi melalui setiap tahap sampai susunan akhir (termasuk --simulate)</translation>
    </message>
    <message>
        <source>then open the juror&apos;s app as the demo&apos;s first juror</source>
        <translation>lalu buka aplikasi juri sebagai juri pertama dalam demo</translation>
    </message>
    <message>
        <source>replace an earlier Juri demo in FOLDER</source>
        <translation>ganti demo Juri sebelumnya di FOLDER</translation>
    </message>
    <message>
        <source>Demo ready in {folder}</source>
        <translation>Demo siap di {folder}</translation>
    </message>
    <message>
        <source>Package: {path}</source>
        <translation>Paket: {path}</translation>
    </message>
    <message>
        <source>Secretariat key fingerprint: {fp}</source>
        <translation>Sidik kunci sekretariat: {fp}</translation>
    </message>
    <message>
        <source>Passphrase of every demo key: {passphrase}</source>
        <translation>Kata sandi semua kunci demo: {passphrase}</translation>
    </message>
    <message>
        <source>Juror {id}: juri --workspace {folder} score list</source>
        <translation>Juri {id}: juri --workspace {folder} score list</translation>
    </message>
    <message>
        <source>Result: {path}</source>
        <translation>Hasil: {path}</translation>
    </message>
    <message>
        <source>To open the app as juror J01: juri --workspace {folder}</source>
        <translation>Untuk membuka aplikasi sebagai juri J01: juri --workspace {folder}</translation>
    </message>
    <message>
        <source>Third juror: {juror} for {code}</source>
        <translation>Juri ketiga: {juror} untuk {code}</translation>
    </message>
    <message>
        <source>Package ({round}): {path}</source>
        <translation>Paket ({round}): {path}</translation>
    </message>
    <message>
        <source>Merged file ({round}): {path}</source>
        <translation>File gabungan ({round}): {path}</translation>
    </message>
    <message>
        <source>Chair&apos;s key fingerprint: {fp}</source>
        <translation>Sidik kunci ketua: {fp}</translation>
    </message>
    <message>
        <source>Final line-up: {path}</source>
        <translation>Susunan akhir: {path}</translation>
    </message>
    <message>
        <source>Check it: cd {folder} &amp;&amp; juri final verify {final} {merged} {packages} --rubric {rubric}</source>
        <translation>Periksa: cd {folder} &amp;&amp; juri final verify {final} {merged} {packages} --rubric {rubric}</translation>
    </message>
    <message>
        <source>make and show signing keys</source>
        <translation>buat dan tampilkan kunci tanda tangan</translation>
    </message>
    <message>
        <source>Ed25519 signing keys. A juror&apos;s key lives in the workspace; the secretariat keeps its own key in a file.</source>
        <translation>Kunci tanda tangan Ed25519. Kunci juri disimpan di ruang kerja; sekretariat menyimpan kuncinya sendiri dalam sebuah file.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKSI</translation>
    </message>
    <message>
        <source>make a new key pair</source>
        <translation>buat pasangan kunci baru</translation>
    </message>
    <message>
        <source>Make a key pair. With --out, write it to a file (the secretariat&apos;s key); without, make this workspace&apos;s juror key (needs --juror-id and --name).</source>
        <translation>Buat pasangan kunci. Dengan --out, kunci ditulis ke sebuah file (kunci sekretariat); tanpa --out, dibuat kunci juri untuk ruang kerja ini (memerlukan --juror-id dan --name).</translation>
    </message>
    <message>
        <source>write the encrypted private key here (a .pub.json public key file is written next to it)</source>
        <translation>tulis kunci privat terenkripsi ke sini (file kunci publik .pub.json ditulis di sebelahnya)</translation>
    </message>
    <message>
        <source>a name for the key, e.g. &apos;Sekretariat KIPP&apos;</source>
        <translation>nama untuk kunci, mis. &apos;Sekretariat KIPP&apos;</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>your juror id, as the secretariat gave it</source>
        <translation>ID juri Anda, sesuai yang diberikan sekretariat</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>nama lengkap Anda</translation>
    </message>
    <message>
        <source>show a key&apos;s fingerprint and public key</source>
        <translation>tampilkan sidik kunci dan kunci publik</translation>
    </message>
    <message>
        <source>KEYFILE</source>
        <translation>BERKAS_KUNCI</translation>
    </message>
    <message>
        <source>a private or public key file (default: this workspace&apos;s key)</source>
        <translation>file kunci privat atau publik (bawaan: kunci ruang kerja ini)</translation>
    </message>
    <message>
        <source>write the public key file to give to the secretariat</source>
        <translation>tulis file kunci publik untuk diserahkan kepada sekretariat</translation>
    </message>
    <message>
        <source>a private key file (default: this workspace&apos;s key)</source>
        <translation>file kunci privat (bawaan: kunci ruang kerja ini)</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>LOKASI</translation>
    </message>
    <message>
        <source>the public key file or a folder to write it into</source>
        <translation>file kunci publik, atau folder tempat file itu ditulis</translation>
    </message>
    <message>
        <source>check that a passphrase opens a key</source>
        <translation>periksa apakah kata sandi dapat membuka kunci</translation>
    </message>
    <message>
        <source>{path} exists already; a key is never overwritten.</source>
        <translation>{path} sudah ada; kunci tidak pernah ditimpa.</translation>
    </message>
    <message>
        <source>The label {problem}.</source>
        <translation>Label {problem}.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Kata sandi baru: </translation>
    </message>
    <message>
        <source>Private key: {path}</source>
        <translation>Kunci privat: {path}</translation>
    </message>
    <message>
        <source>Public key file: {path}</source>
        <translation>File kunci publik: {path}</translation>
    </message>
    <message>
        <source>Fingerprint: {fp}</source>
        <translation>Sidik kunci: {fp}</translation>
    </message>
    <message>
        <source>Give --juror-id and --name for your juror key, or --out FILE for a key file.</source>
        <translation>Berikan --juror-id dan --name untuk kunci juri Anda, atau --out BERKAS untuk file kunci.</translation>
    </message>
    <message>
        <source>Juror key made for {name} ({id}).</source>
        <translation>Kunci juri untuk {name} ({id}) telah dibuat.</translation>
    </message>
    <message>
        <source>Public key file for the secretariat: {path}</source>
        <translation>File kunci publik untuk sekretariat: {path}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>Label: {label}</translation>
    </message>
    <message>
        <source>Public key (base64): {key}</source>
        <translation>Kunci publik (base64): {key}</translation>
    </message>
    <message>
        <source>{path} holds another key; Juri never writes over a key. Give another output file.</source>
        <translation>{path} berisi kunci lain; Juri tidak pernah menimpa kunci. Berikan berkas keluaran lain.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Kata sandi: </translation>
    </message>
    <message>
        <source>The passphrase opens the key {fp}.</source>
        <translation>Kata sandi ini membuka kunci {fp}.</translation>
    </message>
    <message>
        <source>Juri: offline scoring for the jurors of public-service innovation competitions (KIPP).</source>
        <translation>Juri: penilaian luring bagi juri kompetisi inovasi pelayanan publik (KIPP).</translation>
    </message>
    <message>
        <source>show Juri&apos;s version and exit</source>
        <translation>tampilkan versi Juri lalu keluar</translation>
    </message>
    <message>
        <source>language of messages: id (Indonesian, the default) or en</source>
        <translation>bahasa pesan: id (bahasa Indonesia, bawaan) atau en (bahasa Inggris)</translation>
    </message>
    <message>
        <source>the juror workspace folder (default: your data folder, or $JURI_HOME)</source>
        <translation>folder ruang kerja juri (bawaan: folder data Anda, atau $JURI_HOME)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>PERINTAH</translation>
    </message>
    <message>
        <source>juri: a file could not be read or written: {problem}{where}. Any earlier file there is unchanged.</source>
        <translation>juri: sebuah file tidak dapat dibaca atau ditulis: {problem}{where}. File sebelumnya di sana tidak berubah.</translation>
    </message>
    <message>
        <source>juri: {message}</source>
        <translation>juri: {message}</translation>
    </message>
    <message>
        <source>juri: interrupted; nothing was left half-written.</source>
        <translation>juri: dihentikan; tidak ada file yang tertinggal setengah tertulis.</translation>
    </message>
    <message>
        <source>build, verify and describe submission packages</source>
        <translation>buat, verifikasi, dan jelaskan paket proposal</translation>
    </message>
    <message>
        <source>build and sign a submission package</source>
        <translation>buat dan tandatangani paket proposal</translation>
    </message>
    <message>
        <source>Turn a submissions spreadsheet, a folder of proposal PDFs, a rubric file and a roster into one signed package for one round.</source>
        <translation>Gabungkan spreadsheet proposal, folder berisi PDF proposal, file rubrik, dan daftar juri menjadi satu paket bertanda tangan untuk satu tahap.</translation>
    </message>
    <message>
        <source>folder holding the PDFs (and videos) the spreadsheet names</source>
        <translation>folder berisi PDF (dan video) yang disebut dalam spreadsheet</translation>
    </message>
    <message>
        <source>the competition&apos;s rubric file</source>
        <translation>file rubrik kompetisi</translation>
    </message>
    <message>
        <source>which round of the rubric file (needed when it has several)</source>
        <translation>tahap yang dipakai dari file rubrik (wajib jika file berisi beberapa tahap)</translation>
    </message>
    <message>
        <source>jurors: columns id, name, public_key (base64, or a public key file name)</source>
        <translation>daftar juri: kolom id_juri, nama, kunci_publik (atau id, name, public_key; base64, atau nama file kunci publik)</translation>
    </message>
    <message>
        <source>pairs juror_id, submission (default: every juror scores every submission)</source>
        <translation>penugasan: pasangan id_juri, kode (atau juror_id, submission; bawaan: setiap juri menilai setiap proposal)</translation>
    </message>
    <message>
        <source>the secretariat&apos;s private key file</source>
        <translation>file kunci privat sekretariat</translation>
    </message>
    <message>
        <source>the secretariat&apos;s name as jurors will see it (default: the key&apos;s label)</source>
        <translation>nama sekretariat seperti yang akan dilihat juri (bawaan: label kunci)</translation>
    </message>
    <message>
        <source>the package id (default: competition-round-random)</source>
        <translation>ID paket (bawaan: kompetisi-tahap-acak)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKS</translation>
    </message>
    <message>
        <source>the package title shown to jurors</source>
        <translation>judul paket yang ditampilkan kepada juri</translation>
    </message>
    <message>
        <source>merge the jurors&apos; result files into a signed ranking (panel chair)</source>
        <translation>gabungkan file hasil para juri menjadi peringkat bertanda tangan (ketua tim panel)</translation>
    </message>
    <message>
        <source>Check every result file (and earlier merged files) against the package, keep each juror&apos;s newest genuine result, rank the submissions, flag disagreements, measure reliability, and write the merged file signed with the chair&apos;s key. Every file is listed with its status and the reason.</source>
        <translation>Periksa setiap file hasil (dan file gabungan sebelumnya) terhadap paket, ambil hasil asli terbaru dari setiap juri, susun peringkat proposal, tandai perbedaan penilaian, ukur reliabilitas, lalu tulis file gabungan yang ditandatangani dengan kunci ketua. Setiap file dicantumkan beserta status dan alasannya.</translation>
    </message>
    <message>
        <source>open the panel chair&apos;s window: import, verify, merge and rank results</source>
        <translation>buka jendela ketua tim panel: impor, verifikasi, gabungkan, dan peringkatkan hasil</translation>
    </message>
    <message>
        <source>Open the panel chair&apos;s window on the package the results are for, and import result files, merged files or folders of them. Imported files and the chair&apos;s decisions are kept in the merge store (a SQLite file in Juri&apos;s data folder, or the shared database named by the merge_store setting), so the next start shows them again. Without --package, the package opened last is opened again.</source>
        <translation>Buka jendela ketua tim panel pada paket yang menjadi dasar hasil penilaian, lalu impor file hasil, file gabungan, atau folder berisi file tersebut. File yang diimpor dan keputusan ketua disimpan dalam penyimpanan gabungan (file SQLite di folder data Juri, atau basis data bersama yang disebut pada pengaturan merge_store), sehingga tampil lagi saat Juri dibuka berikutnya. Tanpa --package, paket yang terakhir dibuka akan dibuka lagi.</translation>
    </message>
    <message>
        <source>RESULT_OR_DIR</source>
        <translation>HASIL_ATAU_FOLDER</translation>
    </message>
    <message>
        <source>result files, merged files, or folders of them</source>
        <translation>file hasil, file gabungan, atau folder berisi file tersebut</translation>
    </message>
    <message>
        <source>The chair&apos;s window is a desktop window: start it with the juri program (&apos;juri chair&apos;), not through the command-line module.</source>
        <translation>Jendela ketua adalah jendela desktop: jalankan dengan program juri (&apos;juri chair&apos;), bukan melalui modul baris perintah.</translation>
    </message>
    <message>
        <source>PKG</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>KELUARAN</translation>
    </message>
    <message>
        <source>the merged file to write</source>
        <translation>file gabungan yang akan ditulis</translation>
    </message>
    <message>
        <source>CHAIR_KEY</source>
        <translation>KUNCI_KETUA</translation>
    </message>
    <message>
        <source>the chair&apos;s private key file (default: this workspace&apos;s key)</source>
        <translation>file kunci privat ketua (bawaan: kunci ruang kerja ini)</translation>
    </message>
    <message>
        <source>for --method trimmed: totals dropped at each end (default: 1)</source>
        <translation>untuk --method trimmed: jumlah nilai total yang dibuang di tiap ujung (bawaan: 1)</translation>
    </message>
    <message>
        <source>JUROR_ID=FINGERPRINT</source>
        <translation>ID_JURI=SIDIK_KUNCI</translation>
    </message>
    <message>
        <source>accept results of this juror signed by this key although the roster has another key for the juror (compare it with the fingerprint on the juror&apos;s signed paper sheet first); the key counts for that juror only; may be repeated</source>
        <translation>terima hasil juri ini yang ditandatangani dengan kunci ini walaupun daftar juri memuat kunci lain untuk juri tersebut (cocokkan dahulu dengan sidik kunci pada lembar penilaian kertas yang ditandatangani juri); kunci itu hanya berlaku untuk juri tersebut; boleh diulang</translation>
    </message>
    <message>
        <source>flag submissions whose jurors&apos; totals differ by more than N points (default: 20)</source>
        <translation>tandai proposal yang nilai total para jurinya berbeda lebih dari N poin (bawaan: 20)</translation>
    </message>
    <message>
        <source>the passing grade, compared with the mean of the jurors&apos; weighted totals whatever the method (default: the round&apos;s)</source>
        <translation>nilai batas lulus, dibandingkan dengan rata-rata nilai akhir tertimbang para juri apa pun metodenya (bawaan: milik tahap)</translation>
    </message>
    <message>
        <source>complete evaluations a submission needs to be ranked and to pass (default: the round&apos;s, usually 2)</source>
        <translation>jumlah penilaian selesai yang diperlukan proposal untuk diperingkat dan lulus (bawaan: milik tahap, biasanya 2)</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>DAFTAR</translation>
    </message>
    <message>
        <source>also write the ranking and its details as XLSX</source>
        <translation>tulis juga peringkat beserta rinciannya sebagai XLSX</translation>
    </message>
    <message>
        <source>keep the files and decisions in a merge store (a SQLite file, or a SQLAlchemy URL such as postgresql+psycopg://user@host/db) and merge everything kept there</source>
        <translation>simpan file dan keputusan di penyimpanan gabungan (file SQLite, atau URL SQLAlchemy seperti postgresql+psycopg://user@host/db) lalu gabungkan semua yang tersimpan di sana</translation>
    </message>
    <message>
        <source>how many places of the ranking to print (default: 10)</source>
        <translation>berapa banyak urutan peringkat yang dicetak (bawaan: 10)</translation>
    </message>
    <message>
        <source>{option} needs a number, not &apos;{value}&apos;.</source>
        <translation>{option} memerlukan angka, bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>--accept-key needs the juror whose signed paper sheet shows the key, as JUROR_ID=FINGERPRINT: for example --accept-key J02={fingerprint}. The key then counts for that juror only.</source>
        <translation>--accept-key memerlukan juri yang lembar kertas bertanda tangannya memuat kunci itu, dalam bentuk ID_JURI=SIDIK_KUNCI: misalnya --accept-key J02={fingerprint}. Kunci itu lalu hanya berlaku untuk juri tersebut.</translation>
    </message>
    <message>
        <source>Passphrase of the key: </source>
        <translation>Kata sandi kunci: </translation>
    </message>
    <message>
        <source>The merged file must be signed: give the chair&apos;s key with --key FILE (make one with &apos;juri keys new --out chair.key&apos;).</source>
        <translation>File gabungan harus ditandatangani: berikan kunci ketua dengan --key BERKAS (buat dengan &apos;juri keys new --out ketua.key&apos;).</translation>
    </message>
    <message>
        <source>Give result files or folders to merge (or --store to merge a store).</source>
        <translation>Berikan file hasil atau folder yang akan digabungkan (atau --store untuk menggabungkan isi penyimpanan).</translation>
    </message>
    <message>
        <source>accepted with juri merge --accept-key</source>
        <translation>diterima dengan juri merge --accept-key</translation>
    </message>
    <message>
        <source>Give the newest version of the package with --package (results made for its earlier versions count under it); nothing was written.</source>
        <translation>Berikan versi terbaru paket dengan --package (hasil yang dibuat untuk versi sebelumnya tetap dihitung di bawahnya); tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>No result file was accepted, so there is nothing to merge; see the reasons above.</source>
        <translation>Tidak ada file hasil yang diterima, jadi tidak ada yang dapat digabungkan; lihat alasannya di atas.</translation>
    </message>
    <message>
        <source>{first} and {other} are not versions of one package (made by juri package amend from one another): give --package again only for the versions of the package the results are for. Nothing was written.</source>
        <translation>{first} dan {other} bukan versi dari satu paket (dibuat dengan juri package amend dari satu sama lain): berikan --package lagi hanya untuk versi paket tempat hasil itu dibuat. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Note: the key {fp} was accepted by an earlier version of Juri for no juror in particular, and counts for nobody now. Compare it with the jurors&apos; signed paper sheets and accept it again for its juror: --accept-key JUROR_ID={fp}.</source>
        <translation>Catatan: kunci {fp} diterima oleh versi Juri sebelumnya tanpa menyebut juri tertentu, dan kini tidak berlaku untuk siapa pun. Cocokkan dengan lembar kertas bertanda tangan para juri dan terima ulang untuk jurinya: --accept-key ID_JURI={fp}.</translation>
    </message>
    <message>
        <source>Note: no file of juror {juror} is signed by the key {fp} accepted for them.</source>
        <translation>Catatan: tidak ada file juri {juror} yang ditandatangani dengan kunci {fp} yang diterima untuknya.</translation>
    </message>
    <message>
        <source>Coverage: {complete} complete, {progress} in progress, {blank} not started, {recused} recused, {missing} missing (of {total} assigned)</source>
        <translation>Cakupan: {complete} selesai, {progress} sedang dinilai, {blank} belum dimulai, {recused} mengundurkan diri, {missing} tidak ada (dari {total} penugasan)</translation>
    </message>
    <message>
        <source>Nothing is ranked.</source>
        <translation>Belum ada yang diperingkat.</translation>
    </message>
    <message>
        <source>equal at two decimals</source>
        <translation>sama pada dua desimal</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>seri</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METODE</translation>
    </message>
    <message>
        <source>the package file the results are for; give it again for each version of it you hold (juri package amend): the newest is used, and results made for the earlier ones count under it</source>
        <translation>file paket tempat hasil itu dibuat; berikan lagi untuk setiap versinya yang Anda pegang (juri package amend): versi terbaru yang dipakai, dan hasil yang dibuat untuk versi sebelumnya tetap dihitung di bawahnya</translation>
    </message>
    <message>
        <source>how jurors&apos; totals combine: {words} (default: mean)</source>
        <translation>cara menggabungkan nilai total para juri: {words} (bawaan: rerata)</translation>
    </message>
    <message>
        <source>comma-separated tie-break order: criterion codes, &apos;weights&apos; or &apos;bobot&apos; (heaviest criterion first) and &apos;evaluations&apos; or &apos;penilaian&apos; (more complete evaluations first); default: weights,evaluations</source>
        <translation>urutan penentu bila nilai sama, dipisahkan koma: kode kriteria, &apos;bobot&apos; atau &apos;weights&apos; (kriteria terberat lebih dulu) dan &apos;penilaian&apos; atau &apos;evaluations&apos; (penilaian yang lebih lengkap lebih dulu); bawaan: bobot,penilaian</translation>
    </message>
    <message>
        <source>also write the ranking as CSV for programs (UTF-8, commas, decimal points)</source>
        <translation>tulis juga peringkat sebagai CSV untuk program (UTF-8, koma, desimal titik)</translation>
    </message>
    <message>
        <source>also write the ranking as CSV that Excel set to Indonesian opens directly (UTF-8 with BOM, semicolons, decimal commas)</source>
        <translation>tulis juga peringkat sebagai CSV yang langsung dibuka Excel berpengaturan Indonesia (UTF-8 dengan BOM, titik koma, desimal koma)</translation>
    </message>
    <message>
        <source>Ranking ({method}; no passing grade in this round; complete evaluations needed: {minimum}):</source>
        <translation>Peringkat ({method}; tahap ini tanpa nilai batas lulus; penilaian selesai yang diperlukan: {minimum}):</translation>
    </message>
    <message>
        <source>Ranking ({method}; passing grade {grade}, applied {rule}; complete evaluations needed: {minimum}):</source>
        <translation>Peringkat ({method}; nilai batas lulus {grade}, diterapkan {rule}; penilaian selesai yang diperlukan: {minimum}):</translation>
    </message>
    <message>
        <source>by {key}</source>
        <translation>oleh {key}</translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>rata-rata {mean}</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>lulus</translation>
    </message>
    <message>
        <source>Below the minimum number of complete evaluations ({minimum}):</source>
        <translation>Di bawah jumlah minimum penilaian selesai ({minimum}):</translation>
    </message>
    <message>
        <source>Disagreements (totals more than {n} points apart):</source>
        <translation>Perbedaan penilaian (selisih nilai total lebih dari {n} poin):</translation>
    </message>
    <message>
        <source>{spread} points ({low} {low_total} – {high} {high_total}): {suggestion}</source>
        <translation>{spread} poin ({low} {low_total} – {high} {high_total}): {suggestion}</translation>
    </message>
    <message>
        <source>No disagreements above {n} points.</source>
        <translation>Tidak ada perbedaan penilaian di atas {n} poin.</translation>
    </message>
    <message>
        <source>Reliability (Krippendorff&apos;s alpha, interval; ICC):</source>
        <translation>Reliabilitas (alpha Krippendorff, interval; ICC):</translation>
    </message>
    <message>
        <source>weighted total</source>
        <translation>nilai total berbobot</translation>
    </message>
    <message>
        <source>Merged file written: {path} (SHA-256 {sha})</source>
        <translation>File gabungan ditulis: {path} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>the package file to write (.juripkg)</source>
        <translation>file paket yang akan ditulis (.juripkg)</translation>
    </message>
    <message>
        <source>verify a package completely</source>
        <translation>verifikasi paket secara menyeluruh</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>SIDIK_KUNCI</translation>
    </message>
    <message>
        <source>refuse unless the package is signed by this secretariat key</source>
        <translation>tolak kecuali paket ditandatangani dengan kunci sekretariat ini</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>cetak dalam format JSON</translation>
    </message>
    <message>
        <source>verify a package and describe it</source>
        <translation>verifikasi paket dan tampilkan keterangannya</translation>
    </message>
    <message>
        <source>Passphrase of the secretariat key: </source>
        <translation>Kata sandi kunci sekretariat: </translation>
    </message>
    <message>
        <source>Package written: {path}</source>
        <translation>Paket ditulis: {path}</translation>
    </message>
    <message>
        <source>Package id: {id}</source>
        <translation>ID paket: {id}</translation>
    </message>
    <message>
        <source>spreadsheet with columns code, title, agency, group, cluster, category, video_url, proposal (and optionally video_file), in English or Indonesian (kode, judul, instansi, kelompok, kluster, kategori, tautan_video, berkas_proposal)</source>
        <translation>spreadsheet dengan kolom kode, judul, instansi, kelompok, kluster, kategori, tautan_video, berkas_proposal (dan bila perlu berkas_video), dalam bahasa Indonesia atau Inggris (code, title, agency, group, cluster, category, video_url, proposal)</translation>
    </message>
    <message>
        <source>a new version of a package with more jurors or assignments (a third juror)</source>
        <translation>versi baru sebuah paket dengan juri atau penugasan tambahan (juri ketiga)</translation>
    </message>
    <message>
        <source>Write the next version of a package: the same id, submissions, files, rubric and round, with the assignments (and jurors) given added. Nothing can be removed or changed, so every result made for an earlier version still counts. Signed with the secretariat key that signed the package; jurors open the new version in place of the old one and keep their work.</source>
        <translation>Menulis versi berikutnya sebuah paket: ID, proposal, file, rubrik, dan tahap yang sama, dengan penugasan (dan juri) yang diberikan ditambahkan. Tidak ada yang bisa dihapus atau diubah, jadi setiap hasil untuk versi sebelumnya tetap dihitung. Ditandatangani dengan kunci sekretariat yang menandatangani paket itu; juri membuka versi baru menggantikan yang lama dan pekerjaannya tetap ada.</translation>
    </message>
    <message>
        <source>the package to amend (its newest version)</source>
        <translation>paket yang diubah (versi terbarunya)</translation>
    </message>
    <message>
        <source>pairs juror_id, submission to add (rows already in the package are accepted and change nothing), e.g. the file the chair&apos;s window writes for a third juror</source>
        <translation>pasangan id_juri, proposal yang ditambahkan (baris yang sudah ada di paket diterima dan tidak mengubah apa pun), mis. file yang ditulis jendela ketua tim panel untuk juri ketiga</translation>
    </message>
    <message>
        <source>jurors to add: columns id, name, public_key (jurors already in the package may be listed, unchanged)</source>
        <translation>juri yang ditambahkan: kolom id, name, public_key (juri yang sudah ada di paket boleh dicantumkan, tanpa perubahan)</translation>
    </message>
    <message>
        <source>the new version to write (another file)</source>
        <translation>versi baru yang ditulis (file lain)</translation>
    </message>
    <message>
        <source>the next round&apos;s package from a round&apos;s signed merged file (the shortlist)</source>
        <translation>paket tahap berikutnya dari file gabungan bertanda tangan sebuah tahap (daftar pendek)</translation>
    </message>
    <message>
        <source>Check the chair&apos;s signed merged file and recompute its ranking, take the submissions the rule names (only ranked ones), and write the next round&apos;s package with their files as they were, the round&apos;s criteria from the rubric file, its jurors, and its origin: the earlier package, the merged file&apos;s SHA-256 and the chair&apos;s key. A cut that would split submissions nothing separates is refused unless --include-ties takes them all.</source>
        <translation>Memeriksa file gabungan bertanda tangan ketua tim panel dan menghitung ulang peringkatnya, mengambil proposal yang disebut aturan (hanya yang diperingkat), lalu menulis paket tahap berikutnya dengan file proposal apa adanya, kriteria tahap itu dari file rubrik, jurinya, dan asal-usulnya: paket sebelumnya, SHA-256 file gabungan, dan kunci ketua tim panel. Batas yang memisahkan proposal yang tidak terbedakan ditolak, kecuali --include-ties mengambil semuanya.</translation>
    </message>
    <message>
        <source>the chair&apos;s signed merged file of the round</source>
        <translation>file gabungan bertanda tangan ketua tim panel untuk tahap itu</translation>
    </message>
    <message>
        <source>the round&apos;s package the merged file was made with</source>
        <translation>paket tahap yang dipakai membuat file gabungan itu</translation>
    </message>
    <message>
        <source>the next round of the rubric file</source>
        <translation>tahap berikutnya dari file rubrik</translation>
    </message>
    <message>
        <source>the first N places overall</source>
        <translation>N peringkat teratas secara keseluruhan</translation>
    </message>
    <message>
        <source>every ranked submission that passes the passing grade (alone)</source>
        <translation>setiap proposal yang diperingkat dan mencapai nilai lulus (berdiri sendiri)</translation>
    </message>
    <message>
        <source>the first N places in each group (with --top: both)</source>
        <translation>N peringkat teratas di setiap kelompok (dengan --top: keduanya)</translation>
    </message>
    <message>
        <source>the first N places in each cluster (with --top: both)</source>
        <translation>N peringkat teratas di setiap kluster (dengan --top: keduanya)</translation>
    </message>
    <message>
        <source>take every submission tied at a cut (otherwise such a cut is refused)</source>
        <translation>ambil setiap proposal yang bernilai sama di batas (jika tidak, batas seperti itu ditolak)</translation>
    </message>
    <message>
        <source>the next round&apos;s jurors: columns id, name, public_key</source>
        <translation>juri tahap berikutnya: kolom id_juri, nama, kunci_publik (atau id, name, public_key)</translation>
    </message>
    <message>
        <source>the package id (default: competition-round)</source>
        <translation>ID paket (bawaan: kompetisi-tahap)</translation>
    </message>
    <message>
        <source>refuse unless the merged file is signed by this chair&apos;s key</source>
        <translation>tolak kecuali file gabungan ditandatangani dengan kunci ketua ini</translation>
    </message>
    <message>
        <source>{n} submissions, {files} files ({size}), {jurors} jurors, {assignments} assignments.</source>
        <translation>{n} proposal, {files} file ({size}), {jurors} juri, {assignments} penugasan.</translation>
    </message>
    <message>
        <source>Signed by {name}, key fingerprint {fp}</source>
        <translation>Ditandatangani oleh {name}, sidik kunci {fp}</translation>
    </message>
    <message>
        <source>Check %n warning(s) before sending the package:</source>
        <translation>Periksa %n peringatan sebelum mengirim paket:</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of places (a whole number from 1 to {most})</source>
        <translation>&apos;{value}&apos; bukan jumlah peringkat (bilangan bulat dari 1 sampai {most})</translation>
    </message>
    <message>
        <source>Version {version} of package {id} written: {path}</source>
        <translation>Versi {version} paket {id} ditulis: {path}</translation>
    </message>
    <message>
        <source>It adds %n assignment(s):</source>
        <translation>Menambah %n penugasan:</translation>
    </message>
    <message>
        <source>and %n juror(s): {ids}</source>
        <translation>dan %n juri: {ids}</translation>
    </message>
    <message>
        <source>Results made for version {old} still count. Send the new version to the jurors (they open it in place of the old one and keep their work) and to the chair.</source>
        <translation>Hasil untuk versi {old} tetap dihitung. Kirim versi baru kepada juri (mereka membukanya menggantikan yang lama dan pekerjaannya tetap ada) dan kepada ketua tim panel.</translation>
    </message>
    <message>
        <source>Say which submissions go on: --top N, --passing, --top-per-group N or --top-per-cluster N.</source>
        <translation>Sebutkan proposal mana yang lanjut: --top N, --passing, --top-per-group N, atau --top-per-cluster N.</translation>
    </message>
    <message>
        <source>--passing stands alone: it takes every ranked submission that passes, however many; leave out --top, --top-per-group and --top-per-cluster.</source>
        <translation>--passing berdiri sendiri: mengambil setiap proposal diperingkat yang lulus, berapa pun jumlahnya; jangan pakai --top, --top-per-group, dan --top-per-cluster.</translation>
    </message>
    <message>
        <source>Shortlist ({rule}): %n submission(s).</source>
        <translation>Daftar pendek ({rule}): %n proposal.</translation>
    </message>
    <message>
        <source>From package {id} (manifest {manifest}), ranked in the merged file {merged} (SHA-256 {sha}) signed by the chair&apos;s key {fp}.</source>
        <translation>Dari paket {id} (manifest {manifest}), diperingkat dalam file gabungan {merged} (SHA-256 {sha}) yang ditandatangani kunci ketua tim panel {fp}.</translation>
    </message>
    <message>
        <source>VALID: package {id} is complete and signed by {name} (key {fp}).</source>
        <translation>SAH: paket {id} lengkap dan ditandatangani oleh {name} (kunci {fp}).</translation>
    </message>
    <message>
        <source>Compare the key&apos;s fingerprint with the one the secretariat gave you.</source>
        <translation>Cocokkan sidik kunci ini dengan sidik kunci yang diberikan sekretariat kepada Anda.</translation>
    </message>
    <message>
        <source>Competition: {name} ({year})</source>
        <translation>Kompetisi: {name} ({year})</translation>
    </message>
    <message>
        <source>Round: {name} ({kind})</source>
        <translation>Tahap: {name} ({kind})</translation>
    </message>
    <message>
        <source>Passing grade: {grade}</source>
        <translation>Nilai batas lulus: {grade}</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Dibuat: {when}</translation>
    </message>
    <message>
        <source>Secretariat: {name}, key {fp}</source>
        <translation>Sekretariat: {name}, kunci {fp}</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Kriteria:</translation>
    </message>
    <message>
        <source>Jurors:</source>
        <translation>Juri:</translation>
    </message>
    <message>
        <source>{id:&lt;8} {name} — key {fp}, {n} submissions</source>
        <translation>{id:&lt;8} {name} — kunci {fp}, {n} proposal</translation>
    </message>
    <message>
        <source>Submissions: {n} ({size} of files), groups: {groups}; clusters: {clusters}</source>
        <translation>Proposal: {n} ({size} file), kelompok: {groups}; kluster: {clusters}</translation>
    </message>
    <message>
        <source>{range}, step {step}</source>
        <translation>{range}, langkah {step}</translation>
    </message>
    <message>
        <source>Version: {version} (manifest SHA-256 {sha})</source>
        <translation>Versi: {version} (SHA-256 manifest {sha})</translation>
    </message>
    <message>
        <source>amends version {version}: manifest {sha}</source>
        <translation>mengubah versi {version}: manifest {sha}</translation>
    </message>
    <message>
        <source>Made from round {round} of package {id} (manifest {sha})</source>
        <translation>Dibuat dari tahap {round} paket {id} (manifest {sha})</translation>
    </message>
    <message>
        <source>ranked in the merged file with SHA-256 {sha}</source>
        <translation>diperingkat dalam file gabungan dengan SHA-256 {sha}</translation>
    </message>
    <message>
        <source>signed by the chair&apos;s key {fp}</source>
        <translation>ditandatangani kunci ketua tim panel {fp}</translation>
    </message>
    <message>
        <source>shortlist: {rule}</source>
        <translation>daftar pendek: {rule}</translation>
    </message>
    <message>
        <source>export, verify and show signed result files</source>
        <translation>ekspor, verifikasi, dan tampilkan file hasil yang ditandatangani</translation>
    </message>
    <message>
        <source>sign and write your result file</source>
        <translation>tandatangani dan tulis file hasil Anda</translation>
    </message>
    <message>
        <source>Write your signed result file for a package. Every export gets a higher version number; the chair keeps the newest.</source>
        <translation>Tulis file hasil Anda yang ditandatangani untuk sebuah paket. Setiap ekspor mendapat nomor versi yang lebih tinggi; ketua tim panel menyimpan versi terbaru.</translation>
    </message>
    <message>
        <source>the package id (may be left out when only one package is open)</source>
        <translation>ID paket (boleh dikosongkan jika hanya satu paket yang terbuka)</translation>
    </message>
    <message>
        <source>a folder (default: here) or a file name</source>
        <translation>folder (bawaan: folder saat ini) atau nama file</translation>
    </message>
    <message>
        <source>check result files against their package</source>
        <translation>periksa file hasil terhadap paketnya</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>HASIL</translation>
    </message>
    <message>
        <source>the package file the results are for</source>
        <translation>file paket yang menjadi acuan hasil</translation>
    </message>
    <message>
        <source>show what a result file says</source>
        <translation>tampilkan isi file hasil</translation>
    </message>
    <message>
        <source>Passphrase of your key: </source>
        <translation>Kata sandi kunci Anda: </translation>
    </message>
    <message>
        <source>Result file written: {path}</source>
        <translation>File hasil ditulis: {path}</translation>
    </message>
    <message>
        <source>Version {n}, {count} evaluations, SHA-256 {sha}</source>
        <translation>Versi {n}, {count} penilaian, SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Note: %n evaluation(s) are not finished yet; export again when they are.</source>
        <translation>Perhatian: %n penilaian belum selesai; ekspor ulang setelah semuanya selesai.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Tidak dapat membaca {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is too large to be a result file.</source>
        <translation>{path} terlalu besar untuk sebuah file hasil.</translation>
    </message>
    <message>
        <source>{path} is not a readable result file: {problem}</source>
        <translation>{path} bukan file hasil yang dapat dibaca: {problem}</translation>
    </message>
    <message>
        <source>Juror: {name} ({id}), key {fp}</source>
        <translation>Juri: {name} ({id}), kunci {fp}</translation>
    </message>
    <message>
        <source>Package: {id}, version {n}, made {when}</source>
        <translation>Paket: {id}, versi {n}, dibuat {when}</translation>
    </message>
    <message>
        <source>Integrity pact: {state}</source>
        <translation>Pakta integritas: {state}</translation>
    </message>
    <message>
        <source>interview: %n question(s) noted</source>
        <translation>wawancara: %n pertanyaan dicatat</translation>
    </message>
    <message>
        <source>evidence: {line}</source>
        <translation>bukti: {line}</translation>
    </message>
    <message>
        <source>This shows the content only; check it with &apos;juri result verify&apos;.</source>
        <translation>Ini hanya menampilkan isi; periksa keabsahannya dengan &apos;juri result verify&apos;.</translation>
    </message>
    <message>
        <source>enter and show scores without the GUI</source>
        <translation>isi dan tampilkan nilai tanpa antarmuka grafis</translation>
    </message>
    <message>
        <source>your submissions and their status</source>
        <translation>proposal Anda beserta statusnya</translation>
    </message>
    <message>
        <source>one evaluation in full</source>
        <translation>satu penilaian secara lengkap</translation>
    </message>
    <message>
        <source>SUBMISSION</source>
        <translation>PROPOSAL</translation>
    </message>
    <message>
        <source>set scores, comments and more</source>
        <translation>isi nilai, catatan, dan lainnya</translation>
    </message>
    <message>
        <source>Example: juri score set KIPP23-001 LATAR=8 KEBARUAN=7 --comment LATAR=&apos;Data kuat&apos;</source>
        <translation>Contoh: juri score set KIPP23-001 LATAR=8 KEBARUAN=7 --comment LATAR=&apos;Data kuat&apos;</translation>
    </message>
    <message>
        <source>CRITERION=SCORE</source>
        <translation>KRITERIA=NILAI</translation>
    </message>
    <message>
        <source>a score per criterion; an empty score (LATAR=) clears it</source>
        <translation>nilai per kriteria; nilai kosong (LATAR=) menghapus nilai tersebut</translation>
    </message>
    <message>
        <source>CRITERION=TEXT</source>
        <translation>KRITERIA=TEKS</translation>
    </message>
    <message>
        <source>a comment on a criterion</source>
        <translation>catatan untuk satu kriteria</translation>
    </message>
    <message>
        <source>the overall comment</source>
        <translation>catatan umum</translation>
    </message>
    <message>
        <source>field-visit notes</source>
        <translation>catatan kunjungan lapangan</translation>
    </message>
    <message>
        <source>ITEM=yes|no</source>
        <translation>BUTIR=ya|tidak</translation>
    </message>
    <message>
        <source>record that the values come from a paper evaluation sheet</source>
        <translation>catat bahwa nilai berasal dari lembar penilaian kertas</translation>
    </message>
    <message>
        <source>declare a conflict of interest for a submission</source>
        <translation>nyatakan konflik kepentingan untuk sebuah proposal</translation>
    </message>
    <message>
        <source>the conflict</source>
        <translation>uraian konflik kepentingan</translation>
    </message>
    <message>
        <source>withdraw a recusal</source>
        <translation>batalkan pengunduran diri</translation>
    </message>
    <message>
        <source>Write {what} as NAME=VALUE, not &apos;{text}&apos;.</source>
        <translation>Tulis {what} dalam bentuk NAMA=NILAI, bukan &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>ADVICE</source>
        <translation>SARAN</translation>
    </message>
    <message>
        <source>your recommendation: {words}</source>
        <translation>rekomendasi Anda: {words}</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>ya|tidak</translation>
    </message>
    <message>
        <source>whether you watched the video: {words}</source>
        <translation>apakah Anda sudah menonton videonya: {words}</translation>
    </message>
    <message>
        <source>confirm a field-visit checklist item: {words}</source>
        <translation>konfirmasi butir daftar periksa verifikasi lapangan: {words}</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>PERTANYAAN</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>CATATAN</translation>
    </message>
    <message>
        <source>interview round: a question the panel asked and your notes on the answer (the notes of a question already noted are replaced)</source>
        <translation>wawancara: pertanyaan dari panel dan catatan Anda atas jawabannya (catatan untuk pertanyaan yang sudah dicatat diganti)</translation>
    </message>
    <message>
        <source>field round: attach a photo (JPEG, PNG) or a PDF document from the visit as evidence</source>
        <translation>verifikasi lapangan: lampirkan foto (JPEG, PNG) atau dokumen PDF dari kunjungan sebagai bukti</translation>
    </message>
    <message>
        <source>NAME|SHA256</source>
        <translation>NAMA|SHA256</translation>
    </message>
    <message>
        <source>remove attached evidence, named by its file name or the start of its SHA-256</source>
        <translation>hapus bukti yang terlampir, disebut dengan nama berkasnya atau awal SHA-256-nya</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a score as Juri writes it: write 7 or 7.5 (or 7,5), without spaces or leading or trailing zeros.</source>
        <translation>&apos;{value}&apos; bukan nilai seperti yang ditulis Juri: tulis 7 atau 7.5 (atau 7,5), tanpa spasi dan tanpa nol di depan atau di belakang.</translation>
    </message>
    <message>
        <source>Write one of {words}, not &apos;{value}&apos;.</source>
        <translation>Tulis salah satu dari {words}, bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>In progress: the total so far, with the share of the weight scored in brackets; criteria not scored yet are not counted as 0.</source>
        <translation>Sedang dinilai: nilai sejauh ini, dengan bagian bobot yang sudah dinilai dalam kurung; kriteria yang belum dinilai tidak dihitung sebagai 0.</translation>
    </message>
    <message>
        <source>{total} so far, {weight}% of the weight scored</source>
        <translation>{total} sejauh ini, {weight}% bobot sudah dinilai</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Recused: {reason}</source>
        <translation>Mengundurkan diri: {reason}</translation>
    </message>
    <message>
        <source>Weighted total: {total}</source>
        <translation>Nilai akhir tertimbang: {total}</translation>
    </message>
    <message>
        <source>Overall comment: {text}</source>
        <translation>Catatan umum: {text}</translation>
    </message>
    <message>
        <source>Recommendation: {value}</source>
        <translation>Rekomendasi: {value}</translation>
    </message>
    <message>
        <source>Video watched: {value}</source>
        <translation>Video sudah ditonton: {value}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Checklist {code}: {value} — {text}</source>
        <translation>Daftar periksa {code}: {value} — {text}</translation>
    </message>
    <message>
        <source>Field notes: {text}</source>
        <translation>Catatan kunjungan: {text}</translation>
    </message>
    <message>
        <source>Question {n}: {text}</source>
        <translation>Pertanyaan {n}: {text}</translation>
    </message>
    <message>
        <source>Evidence: {line}</source>
        <translation>Bukti: {line}</translation>
    </message>
    <message>
        <source>--question-note needs the question the panel asked, not an empty text; nothing was changed.</source>
        <translation>--question-note memerlukan pertanyaan yang diajukan panel, bukan teks kosong; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>a score</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>a checklist item</source>
        <translation>butir daftar periksa</translation>
    </message>
    <message>
        <source>Attached {name} (SHA-256 {sha}…).</source>
        <translation>{name} dilampirkan (SHA-256 {sha}…).</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} dihapus.</translation>
    </message>
    <message>
        <source>Nothing to set: give CRITERION=SCORE or an option.</source>
        <translation>Tidak ada yang diisi: berikan KRITERIA=NILAI atau salah satu opsi.</translation>
    </message>
    <message>
        <source>Saved. {code}: {status}, weighted total {total}.</source>
        <translation>Tersimpan. {code}: {status}, nilai akhir tertimbang {total}.</translation>
    </message>
    <message>
        <source>{code} has no evidence named {name}, and a start of a SHA-256 needs {n} characters at least: {name} is too short. Attached: {names}.</source>
        <translation>{code} tidak memiliki bukti bernama {name}, dan awal SHA-256 harus sedikitnya {n} karakter: {name} terlalu pendek. Yang terlampir: {names}.</translation>
    </message>
    <message>
        <source>{code} has no evidence named {name}. Attached: {names}.</source>
        <translation>{code} tidak memiliki bukti bernama {name}. Yang terlampir: {names}.</translation>
    </message>
    <message>
        <source>Several files are named {name}; give the start of the SHA-256 of the one to remove: {hashes}.</source>
        <translation>Beberapa berkas bernama {name}; sebutkan awal SHA-256 berkas yang akan dihapus: {hashes}.</translation>
    </message>
    <message>
        <source>Recused from {code}; its scores are locked.</source>
        <translation>Anda mengundurkan diri dari {code}; nilainya dikunci.</translation>
    </message>
    <message>
        <source>Recusal from {code} withdrawn.</source>
        <translation>Pengunduran diri dari {code} dibatalkan.</translation>
    </message>
    <message>
        <source>the juror&apos;s workspace: open packages, integrity pact, audit log</source>
        <translation>ruang kerja juri: paket yang terbuka, pakta integritas, log audit</translation>
    </message>
    <message>
        <source>who you are and what is open</source>
        <translation>identitas Anda dan paket yang terbuka</translation>
    </message>
    <message>
        <source>verify a package and open it in the workspace</source>
        <translation>verifikasi paket dan buka di ruang kerja</translation>
    </message>
    <message>
        <source>read (and accept) the integrity pact</source>
        <translation>baca (dan setujui) pakta integritas</translation>
    </message>
    <message>
        <source>record that you accept the pact (it goes into your signed results)</source>
        <translation>catat bahwa Anda menyetujui pakta (dicantumkan dalam hasil Anda yang ditandatangani)</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation>periksa rantai hash log audit</translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation>Ruang kerja: {path}</translation>
    </message>
    <message>
        <source>No juror key yet: run &apos;juri keys new --juror-id ID --name NAME&apos;.</source>
        <translation>Belum ada kunci juri: jalankan &apos;juri keys new --juror-id ID --name NAMA&apos;.</translation>
    </message>
    <message>
        <source>Package {id}: {title} — {progress}</source>
        <translation>Paket {id}: {title} — {progress}</translation>
    </message>
    <message>
        <source>Package {id}: this newer version replaces version {old}; every evaluation is kept, and it assigns no new submission to you (juror {juror}).</source>
        <translation>Paket {id}: versi lebih baru ini menggantikan versi {old}; setiap penilaian tetap ada, dan tidak ada proposal baru yang ditugaskan kepada Anda (juri {juror}).</translation>
    </message>
    <message>
        <source>Package {id}: this newer version replaces version {old}; every evaluation is kept, and %n submission(s) are newly assigned to you: {codes}</source>
        <translation>Paket {id}: versi lebih baru ini menggantikan versi {old}; setiap penilaian tetap ada, dan %n proposal baru ditugaskan kepada Anda: {codes}</translation>
    </message>
    <message>
        <source>The audit log is intact: {n} entries, the latest sealed as {hash}.</source>
        <translation>Log audit utuh: {n} entri, entri terakhir tersegel sebagai {hash}.</translation>
    </message>
    <message>
        <source>accepted on {when}</source>
        <translation>disetujui pada {when}</translation>
    </message>
    <message>
        <source>not accepted yet</source>
        <translation>belum disetujui</translation>
    </message>
    <message>
        <source>Package {id} is already open in this workspace.</source>
        <translation>Paket {id} sudah terbuka di ruang kerja ini.</translation>
    </message>
    <message>
        <source>Package {id} verified and opened: {n} submissions assigned to you as juror {juror}.</source>
        <translation>Paket {id} telah diverifikasi dan dibuka: {n} proposal ditugaskan kepada Anda sebagai juri {juror}.</translation>
    </message>
    <message>
        <source>Signed by the secretariat key {fp}: compare it with the fingerprint the secretariat gave you.</source>
        <translation>Ditandatangani dengan kunci sekretariat {fp}: cocokkan dengan sidik kunci yang diberikan sekretariat kepada Anda.</translation>
    </message>
    <message>
        <source>Accepted on {when}.</source>
        <translation>Disetujui pada {when}.</translation>
    </message>
    <message>
        <source>The audit log is broken at entry {seq}: it was changed outside Juri.</source>
        <translation>Log audit rusak pada entri {seq}: log diubah di luar Juri.</translation>
    </message>
    <message>
        <source>print evaluation sheets as PDF (blank or filled)</source>
        <translation>cetak lembar penilaian sebagai PDF (kosong atau terisi)</translation>
    </message>
    <message>
        <source>blank evaluation sheets for scoring on paper</source>
        <translation>lembar penilaian kosong untuk menilai di atas kertas</translation>
    </message>
    <message>
        <source>Print a blank evaluation sheet for every juror and submission the package assigns (or only the chosen ones), one sheet after another in one PDF. Each sheet carries a QR code naming package, submission and juror, so the scores written on it are easily typed into Juri afterwards.</source>
        <translation>Cetak lembar penilaian kosong untuk setiap pasangan juri dan proposal yang ditugaskan paket (atau hanya yang dipilih), satu lembar demi satu lembar dalam satu PDF. Setiap lembar memuat kode QR yang menyebut paket, proposal, dan juri, sehingga nilai yang ditulis di atasnya mudah diketik ke Juri sesudahnya.</translation>
    </message>
    <message>
        <source>the package file</source>
        <translation>file paket</translation>
    </message>
    <message>
        <source>only this juror&apos;s sheets (repeat, or separate ids with commas)</source>
        <translation>hanya lembar juri ini (ulangi, atau pisahkan ID dengan koma)</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>only the sheets of this submission (repeat, or separate codes with commas)</source>
        <translation>hanya lembar proposal ini (ulangi, atau pisahkan kode dengan koma)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>file PDF yang akan ditulis</translation>
    </message>
    <message>
        <source>a juror&apos;s evaluations as sheets to sign</source>
        <translation>penilaian seorang juri sebagai lembar untuk ditandatangani</translation>
    </message>
    <message>
        <source>Print one filled evaluation sheet per submission in a juror&apos;s result file, with the scores, comments, weighted total and the juror&apos;s key fingerprint, ready for a wet signature. The result file must verify against the package first.</source>
        <translation>Cetak satu lembar penilaian terisi untuk setiap proposal dalam file hasil seorang juri, berisi nilai, catatan, nilai akhir tertimbang, dan sidik kunci juri, siap untuk ditandatangani basah. File hasil harus lolos verifikasi terhadap paketnya lebih dahulu.</translation>
    </message>
    <message>
        <source>the juror&apos;s signed result file</source>
        <translation>file hasil juri yang ditandatangani</translation>
    </message>
    <message>
        <source>the package file the result is for</source>
        <translation>file paket yang menjadi dasar hasil ini</translation>
    </message>
    <message>
        <source>the panel&apos;s signed recapitulation (berita acara) from the merged file</source>
        <translation>berita acara rekapitulasi tim panel dari file gabungan yang ditandatangani</translation>
    </message>
    <message>
        <source>Print the recapitulation and ranking of a round from the chair&apos;s signed merged file: method, ranking overall and per group and cluster, passing grade, disagreements, the result files with their status, each juror&apos;s spread of totals, and signature blocks. The merged file&apos;s signature is checked and its ranking recomputed first. Give the result files that were merged with --results to list the refused ones with their reasons too.</source>
        <translation>Cetak rekapitulasi dan peringkat satu tahap dari file gabungan yang ditandatangani ketua tim panel: metode, peringkat keseluruhan serta per kelompok dan klaster, nilai batas lulus, perbedaan pendapat, file hasil beserta statusnya, sebaran nilai total tiap juri, dan kolom tanda tangan. Tanda tangan file gabungan diperiksa dan peringkatnya dihitung ulang lebih dulu. Berikan file hasil yang digabungkan dengan --results agar file yang ditolak juga tercantum beserta alasannya.</translation>
    </message>
    <message>
        <source>MERGED</source>
        <translation>GABUNGAN</translation>
    </message>
    <message>
        <source>the chair&apos;s signed merged file (.juri-merged.json)</source>
        <translation>file gabungan yang ditandatangani ketua tim panel (.juri-merged.json)</translation>
    </message>
    <message>
        <source>the result files (or folders) that were merged, to list refused files and their reasons; may be repeated</source>
        <translation>file hasil (atau folder) yang digabungkan, untuk mencantumkan file yang ditolak beserta alasannya; boleh diulang</translation>
    </message>
    <message>
        <source>the final line-up across rounds, signed by the chair (make, verify)</source>
        <translation>susunan akhir lintas tahap, ditandatangani ketua tim panel (make, verify)</translation>
    </message>
    <message>
        <source>combine the rounds&apos; merged files into the signed final line-up</source>
        <translation>gabungkan file gabungan setiap tahap menjadi susunan akhir yang ditandatangani</translation>
    </message>
    <message>
        <source>Check each round&apos;s merged file with its package (signature, every result, the ranking merged again), check that the rounds form one chain (each next round&apos;s package was shortlisted from the merged file given for the round before), combine the rounds as the rubric file&apos;s final section says, rank overall, per group and per cluster, and write the final file signed with the chair&apos;s key. It names every merged file it rests on.</source>
        <translation>Periksa file gabungan setiap tahap dengan paketnya (tanda tangan, setiap hasil, peringkat digabung ulang), periksa bahwa tahap-tahap membentuk satu rantai (paket setiap tahap berikutnya disaring dari file gabungan tahap sebelumnya yang diberikan), gabungkan tahap-tahap sesuai bagian final file rubrik, buat peringkat keseluruhan, per kelompok dan per kluster, lalu tulis file final yang ditandatangani dengan kunci ketua tim panel. File itu mencantumkan setiap file gabungan yang menjadi dasarnya.</translation>
    </message>
    <message>
        <source>the chair&apos;s merged file of every round, from the first (.juri-merged.json)</source>
        <translation>file gabungan ketua tim panel untuk setiap tahap, mulai dari yang pertama (.juri-merged.json)</translation>
    </message>
    <message>
        <source>the competition&apos;s rubric file, with its final section</source>
        <translation>file rubrik kompetisi, dengan bagian final-nya</translation>
    </message>
    <message>
        <source>the final file to write (.juri-final.json)</source>
        <translation>file final yang akan ditulis (.juri-final.json)</translation>
    </message>
    <message>
        <source>also write the line-up, per group, per cluster and the rounds as XLSX</source>
        <translation>tulis juga susunan akhir, per kelompok, per kluster dan tahap-tahapnya sebagai XLSX</translation>
    </message>
    <message>
        <source>how many places of the line-up to print (default: 20)</source>
        <translation>berapa peringkat susunan akhir yang dicetak (bawaan: 20)</translation>
    </message>
    <message>
        <source>check a signed final line-up against the rounds&apos; merged files</source>
        <translation>periksa susunan akhir yang ditandatangani terhadap file gabungan setiap tahap</translation>
    </message>
    <message>
        <source>Check the final file&apos;s signature, check the merged files and packages it rests on as &apos;juri final make&apos; does, combine them again under the rule the file records, and accept the file only when it is exactly what they give.</source>
        <translation>Periksa tanda tangan file final, periksa file gabungan dan paket yang menjadi dasarnya seperti &apos;juri final make&apos;, gabungkan ulang dengan aturan yang dicatat file itu, dan terima file hanya jika isinya persis hasil dari file-file tersebut.</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <source>the signed final file (.juri-final.json)</source>
        <translation>file final yang ditandatangani (.juri-final.json)</translation>
    </message>
    <message>
        <source>the merged file of every round it rests on</source>
        <translation>file gabungan setiap tahap yang menjadi dasarnya</translation>
    </message>
    <message>
        <source>also check that the rule applied is the rubric file&apos;s final section</source>
        <translation>periksa juga bahwa aturan yang diterapkan adalah bagian final file rubrik</translation>
    </message>
    <message>
        <source>the package of a round (repeat: one per merged file)</source>
        <translation>paket sebuah tahap (ulangi: satu per file gabungan)</translation>
    </message>
    <message>
        <source>refuse unless the final file is signed by this chair&apos;s key</source>
        <translation>tolak kecuali file final ditandatangani dengan kunci ketua ini</translation>
    </message>
    <message>
        <source>the panel&apos;s berita acara of the final line-up across rounds</source>
        <translation>berita acara tim panel tentang susunan akhir lintas tahap</translation>
    </message>
    <message>
        <source>Print the final line-up from the chair&apos;s signed final file: the rule, the rounds and merged files it rests on, the ranking overall with each round&apos;s score, per group, per cluster with each cluster at a glance (for fair representation), the submissions that take no place and why, and signature blocks. The final file is verified first as &apos;juri final verify&apos; does.</source>
        <translation>Cetak susunan akhir dari file final yang ditandatangani ketua tim panel: aturannya, tahap dan file gabungan yang menjadi dasarnya, peringkat keseluruhan dengan nilai setiap tahap, per kelompok, per kluster dengan ringkasan setiap kluster (untuk keterwakilan yang adil), proposal yang tidak mendapat peringkat beserta alasannya, dan blok tanda tangan. File final diverifikasi lebih dulu seperti &apos;juri final verify&apos;.</translation>
    </message>
    <message>
        <source>check that the rule applied is the rubric file&apos;s final section (without it, the berita acara says the rule was not checked)</source>
        <translation>periksa bahwa aturan yang diterapkan adalah bagian final file rubrik (tanpa ini, berita acara menyatakan aturan tidak diperiksa)</translation>
    </message>
    <message>
        <source>package {package}, merged file {name} (SHA-256 {sha}…) signed by {fp}; {ranked} of {total} ranked, {evaluations}; {role}</source>
        <translation>paket {package}, file gabungan {name} (SHA-256 {sha}…) ditandatangani oleh {fp}; {ranked} dari {total} diperingkat, {evaluations}; {role}</translation>
    </message>
    <message>
        <source>{cluster}: {entered} in round {first}, {count} in the final round, {ranked} ranked, places {ranks}</source>
        <translation>{cluster}: {entered} di tahap {first}, {count} di tahap terakhir, {ranked} diperingkat, peringkat {ranks}</translation>
    </message>
    <message>
        <source>Per group:</source>
        <translation>Per kelompok:</translation>
    </message>
    <message>
        <source>{group}: {count} in the final round, {ranked} ranked</source>
        <translation>{group}: {count} di tahap terakhir, {ranked} diperingkat</translation>
    </message>
    <message>
        <source>{name} (SHA-256 {sha}…), package {package}, signed by {fp}; {ranked} of {total} ranked, {evaluations}</source>
        <translation>{name} (SHA-256 {sha}…), paket {package}, ditandatangani oleh {fp}; {ranked} dari {total} diperingkat, {evaluations}</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>TEMPAT</translation>
    </message>
    <message>
        <source>where the panel met (default: left blank)</source>
        <translation>tempat rapat tim panel (bawaan: dikosongkan)</translation>
    </message>
    <message>
        <source>the date of the meeting (default: left blank, to be written by hand)</source>
        <translation>tanggal rapat (bawaan: dikosongkan, untuk ditulis tangan)</translation>
    </message>
    <message>
        <source>the chair&apos;s name under the signature (default: the name on the chair&apos;s key)</source>
        <translation>nama ketua di bawah tanda tangan (bawaan: nama pada kunci ketua)</translation>
    </message>
    <message>
        <source>a panel member who signs (repeat; default: every juror of the last round&apos;s roster)</source>
        <translation>anggota tim panel yang menandatangani (ulangi; bawaan: setiap juri dalam daftar tahap terakhir)</translation>
    </message>
    <message>
        <source>{path} is too large to be a final file.</source>
        <translation>{path} terlalu besar untuk sebuah file final.</translation>
    </message>
    <message>
        <source>Final file written: {path} (SHA-256 {sha})</source>
        <translation>File final ditulis: {path} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>Rounds, from the first:</source>
        <translation>Tahap, mulai dari yang pertama:</translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation>Aturan: {rule}</translation>
    </message>
    <message>
        <source>Final line-up ({ranked} of {total} ranked):</source>
        <translation>Susunan akhir ({ranked} dari {total} diperingkat):</translation>
    </message>
    <message>
        <source>Per cluster:</source>
        <translation>Per kluster:</translation>
    </message>
    <message>
        <source>overall {rank}</source>
        <translation>keseluruhan {rank}</translation>
    </message>
    <message>
        <source>Not ranked:</source>
        <translation>Tidak diperingkat:</translation>
    </message>
    <message>
        <source>{name}: VALID: signed by {fp} ({chair}); the line-up follows from these merged files under its rule:</source>
        <translation>{name}: VALID: ditandatangani oleh {fp} ({chair}); susunan akhir sesuai dengan file gabungan ini menurut aturannya:</translation>
    </message>
    <message>
        <source>{ranked} ranked, {unranked} not ranked.</source>
        <translation>{ranked} diperingkat, {unranked} tidak diperingkat.</translation>
    </message>
    <message>
        <source>The rule is the rubric file&apos;s final section (checked).</source>
        <translation>Aturan ini adalah bagian final file rubrik (sudah diperiksa).</translation>
    </message>
    <message>
        <source>The rule was NOT checked against the rubric file: it is the rule the final file records. Give --rubric to check that it is the rubric file&apos;s final section.</source>
        <translation>Aturan TIDAK diperiksa terhadap file rubrik: ini aturan yang dicatat file final. Berikan --rubric untuk memeriksa bahwa aturan ini adalah bagian final file rubrik.</translation>
    </message>
    <message>
        <source>Final berita acara written: {path}</source>
        <translation>Berita acara susunan akhir ditulis: {path}</translation>
    </message>
    <message>
        <source>a panel member who signs (repeat; default: every juror of the roster)</source>
        <translation>anggota tim panel yang menandatangani (ulangi; bawaan: semua juri dalam daftar)</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; is longer than {n} characters</source>
        <translation>&apos;{start}…&apos; lebih panjang dari {n} karakter</translation>
    </message>
    <message>
        <source>Sheets: {done} of {total}</source>
        <translation>Lembar: {done} dari {total}</translation>
    </message>
    <message>
        <source>Blank sheets written: {path}</source>
        <translation>Lembar kosong ditulis: {path}</translation>
    </message>
    <message>
        <source>{sheets} sheets, {pages} pages.</source>
        <translation>{sheets} lembar penilaian, {pages} halaman.</translation>
    </message>
    <message>
        <source>Filled sheets written: {path}</source>
        <translation>Lembar terisi ditulis: {path}</translation>
    </message>
    <message>
        <source>{path} is too large to be a merged file.</source>
        <translation>{path} terlalu besar untuk sebuah file gabungan.</translation>
    </message>
    <message>
        <source>Recapitulation written: {path}</source>
        <translation>Rekapitulasi ditulis: {path}</translation>
    </message>
    <message>
        <source>The merged file is signed by the key {fp}: compare it with the fingerprint the chair reads out.</source>
        <translation>File gabungan ditandatangani dengan kunci {fp}: cocokkan dengan sidik kunci yang dibacakan ketua.</translation>
    </message>
    <message>
        <source>{pages} pages.</source>
        <translation>{pages} halaman.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {words}</source>
        <translation>&apos;{value}&apos; bukan salah satu dari: {words}</translation>
    </message>
    <message>
        <source>replace an existing file that is not this command&apos;s own earlier output (never a key, an input or a signed file of another kind)</source>
        <translation>timpa berkas yang sudah ada yang bukan keluaran sebelumnya dari perintah ini (tidak pernah kunci, masukan, atau berkas bertanda tangan jenis lain)</translation>
    </message>
    <message>
        <source>The folder {path} does not exist: make it first, or give a file name in a folder that exists.</source>
        <translation>Folder {path} tidak ada: buat dulu, atau berikan nama berkas di folder yang ada.</translation>
    </message>
    <message>
        <source>{path} is one of this command&apos;s inputs; Juri does not write over it. Give another output file.</source>
        <translation>{path} adalah salah satu masukan perintah ini; Juri tidak menimpanya. Berikan berkas keluaran lain.</translation>
    </message>
    <message>
        <source>{path} exists and is not a file; give another output file.</source>
        <translation>{path} sudah ada dan bukan berkas; berikan berkas keluaran lain.</translation>
    </message>
    <message>
        <source>{path} is a Juri key file; Juri never writes over a key. Give another output file.</source>
        <translation>{path} adalah berkas kunci Juri; Juri tidak pernah menimpa kunci. Berikan berkas keluaran lain.</translation>
    </message>
    <message>
        <source>{path} is a signed Juri file ({kind}) that this command does not write; Juri does not write over it. Give another output file.</source>
        <translation>{path} adalah berkas Juri bertanda tangan ({kind}) yang tidak ditulis oleh perintah ini; Juri tidak menimpanya. Berikan berkas keluaran lain.</translation>
    </message>
    <message>
        <source>{path} exists already and is not an earlier output of this command; give another output file, or add --overwrite to replace it.</source>
        <translation>{path} sudah ada dan bukan keluaran sebelumnya dari perintah ini; berikan berkas keluaran lain, atau tambahkan --overwrite untuk menimpanya.</translation>
    </message>
</context>
<context>
    <name>CommentEdit</name>
    <message>
        <source>This field holds at most {n} characters; what went past that was left out.</source>
        <translation>Kolom ini memuat paling banyak {n} karakter; kelebihannya tidak diambil.</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>complete</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>sedang dinilai</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>belum dimulai</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>mengundurkan diri</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>CriterionEditor</name>
    <message>
        <source>weight {weight}% · scale {scale}</source>
        <translation>bobot {weight}% · skala {scale}</translation>
    </message>
    <message>
        <source>Score for {criterion}</source>
        <translation>Nilai untuk {criterion}</translation>
    </message>
    <message>
        <source>Type the score, or use the arrow keys. Enter or Tab: its comment.</source>
        <translation>Ketik nilainya, atau pakai tombol panah. Enter atau Tab: catatannya.</translation>
    </message>
    <message>
        <source>Level for {criterion}</source>
        <translation>Tingkat untuk {criterion}</translation>
    </message>
    <message>
        <source>Comment on {criterion}</source>
        <translation>Catatan untuk {criterion}</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Belum dinilai.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Using the demo made earlier in {folder}.</source>
        <translation>Menggunakan demo yang dibuat sebelumnya di {folder}.</translation>
    </message>
    <message>
        <source>Writing {n} proposal PDFs …</source>
        <translation>Menulis {n} PDF proposal …</translation>
    </message>
    <message>
        <source>Making the secretariat&apos;s key and four jurors&apos; workspaces …</source>
        <translation>Membuat kunci sekretariat dan ruang kerja empat juri …</translation>
    </message>
    <message>
        <source>Building and signing the package …</source>
        <translation>Membuat dan menandatangani paket …</translation>
    </message>
    <message>
        <source>Juror {id} scores and exports …</source>
        <translation>Juri {id} memberi nilai dan mengekspor hasil …</translation>
    </message>
    <message>
        <source>{folder} is not empty. Choose a new folder (or --force to replace an earlier Juri demo there).</source>
        <translation>{folder} tidak kosong. Pilih folder baru (atau gunakan --force untuk mengganti demo Juri sebelumnya di sana).</translation>
    </message>
    <message>
        <source>The chair merges the desk round …</source>
        <translation>Ketua menggabungkan tahap penilaian proposal …</translation>
    </message>
    <message>
        <source>The secretariat adds a third juror to {n} flagged submissions …</source>
        <translation>Sekretariat menambahkan juri ketiga untuk {n} proposal yang ditandai …</translation>
    </message>
    <message>
        <source>The secretariat shortlists the first {n} for the {round} round …</source>
        <translation>Sekretariat menyaring {n} teratas untuk tahap {round} …</translation>
    </message>
    <message>
        <source>The chair signs the final line-up …</source>
        <translation>Ketua menandatangani susunan akhir …</translation>
    </message>
    <message>
        <source>Juror {id} scores the {round} round and exports …</source>
        <translation>Juri {id} menilai tahap {round} dan mengekspor …</translation>
    </message>
</context>
<context>
    <name>Derive</name>
    <message>
        <source>{name} is signed by the secretariat key {theirs}; its amendment must be signed by the same key, not by {yours}.</source>
        <translation>{name} ditandatangani kunci sekretariat {theirs}; perubahannya harus ditandatangani kunci yang sama, bukan {yours}.</translation>
    </message>
    <message>
        <source>submission {id} is not in the package</source>
        <translation>proposal {id} tidak ada di paket</translation>
    </message>
    <message>
        <source>The amendment adds nothing: every juror and assignment given is in {name} already. Nothing was written.</source>
        <translation>Perubahan ini tidak menambah apa pun: setiap juri dan penugasan yang diberikan sudah ada di {name}. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>juror {id} differs from {other} in the package only in upper and lower case</source>
        <translation>juri {id} berbeda dari {other} di paket hanya pada huruf besar dan kecil</translation>
    </message>
    <message>
        <source>juror {id} is in the package as {name} with key {fp}; the roster gives {new_name} with key {new_fp}. An amendment cannot change a juror: a new key for a juror is the chair&apos;s decision (juri merge --accept-key), not a new package</source>
        <translation>juri {id} ada di paket sebagai {name} dengan kunci {fp}; daftar juri memberikan {new_name} dengan kunci {new_fp}. Perubahan paket tidak bisa mengubah juri: kunci baru seorang juri adalah keputusan ketua tim panel (juri merge --accept-key), bukan paket baru</translation>
    </message>
    <message>
        <source>the key of new juror {id} ({fp}) is juror {owner}&apos;s in the package</source>
        <translation>kunci juri baru {id} ({fp}) adalah kunci juri {owner} di paket</translation>
    </message>
    <message>
        <source>The roster {name} cannot amend the package:
{problems}</source>
        <translation>Daftar juri {name} tidak bisa mengubah paket:
{problems}</translation>
    </message>
    <message>
        <source>The package id &apos;{id}&apos; is the id of round {round}&apos;s package, which this round follows on from: jurors who hold that package could not import this one. Give the next round&apos;s package an id of its own with --id.</source>
        <translation>ID paket &apos;{id}&apos; adalah ID paket tahap {round}, asal tahap ini: juri yang memegang paket itu tidak dapat mengimpor paket ini. Beri paket tahap berikutnya ID sendiri dengan --id.</translation>
    </message>
    <message>
        <source>submission {id} is not on the shortlist</source>
        <translation>proposal {id} tidak ada di daftar pendek</translation>
    </message>
    <message>
        <source>The rubric file is for competition {id}, but {name} is for {expected}.</source>
        <translation>File rubrik untuk kompetisi {id}, tetapi {name} untuk {expected}.</translation>
    </message>
    <message>
        <source>Round {round} is the round {name} was for; choose the next round of the rubric file with --round.</source>
        <translation>Tahap {round} adalah tahap {name}; pilih tahap berikutnya dari file rubrik dengan --round.</translation>
    </message>
    <message>
        <source>The next round&apos;s package needs an id of its own (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;), not &apos;{id}&apos;.</source>
        <translation>Paket tahap berikutnya memerlukan ID sendiri (huruf, angka, &apos;.&apos;, &apos;_&apos; dan &apos;-&apos;), bukan &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>The rubric file has no round {earlier} (it has: {ids}), the round the merged file is for: is it the rubric file of this competition?</source>
        <translation>File rubrik tidak memiliki tahap {earlier} (yang ada: {ids}), tahap file gabungan itu: apakah ini file rubrik kompetisi ini?</translation>
    </message>
    <message>
        <source>Round {earlier} is the last round of the rubric file ({ids}): there is no next round to make a package for.</source>
        <translation>Tahap {earlier} adalah tahap terakhir file rubrik ({ids}): tidak ada tahap berikutnya untuk dibuatkan paket.</translation>
    </message>
    <message>
        <source>The round after {earlier} is {expected} (the rubric file&apos;s rounds: {ids}), not {round}: rounds are held in that order, none skipped. Use --round {expected}.</source>
        <translation>Tahap sesudah {earlier} adalah {expected} (tahap-tahap file rubrik: {ids}), bukan {round}: tahap diselenggarakan menurut urutan itu, tidak ada yang dilewati. Gunakan --round {expected}.</translation>
    </message>
    <message>
        <source>Write the new package to another file: {name} is the package it is made from, which jurors and the chair may still need.</source>
        <translation>Tulis paket baru ke file lain: {name} adalah paket asalnya, yang mungkin masih diperlukan juri dan ketua tim panel.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Tautan video</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
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
        <translation>File tidak dapat digunakan: {problem} ({path})</translation>
    </message>
    <message>
        <source>Something went wrong that Juri did not expect. Your saved work is safe. Please report this to the secretariat.</source>
        <translation>Terjadi kesalahan yang tidak terduga di Juri. Pekerjaan Anda yang sudah tersimpan tetap aman. Mohon laporkan hal ini kepada sekretariat.</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Konflik kepentingan</translation>
    </message>
    <message>
        <source>Why must you not score {code}? For example: you work for or advised this agency, or a relative does. Your scores for it will be locked.</source>
        <translation>Mengapa Anda tidak boleh menilai {code}? Misalnya: Anda atau kerabat Anda bekerja di instansi ini atau pernah menjadi penasihatnya. Nilai Anda untuk proposal ini akan dikunci.</translation>
    </message>
    <message>
        <source>Reason for the conflict of interest</source>
        <translation>Alasan konflik kepentingan</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Nyatakan</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>juri: there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Juri in a desktop session, or use the command line: juri --help.</source>
        <translation>juri: tidak ada layar untuk membuka jendela (DISPLAY maupun WAYLAND_DISPLAY tidak diatur). Jalankan Juri di sesi desktop, atau gunakan baris perintah: juri --help.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>The file name {name} holds the invisible character {code}, which can make a name read as another (photo.exe as photo.jpg): rename the file.</source>
        <translation>Nama berkas {name} memuat karakter tak terlihat {code}, yang dapat membuat nama terbaca sebagai nama lain (photo.exe sebagai photo.jpg): ganti nama berkas itu.</translation>
    </message>
    <message>
        <source>The file name {name} cannot be used: give the file a plain name of at most {n} characters.</source>
        <translation>Nama berkas {name} tidak dapat dipakai: beri berkas itu nama biasa paling panjang {n} karakter.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} bukan berkas.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {error}</source>
        <translation>Tidak dapat membaca {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is {size} MB; an evidence file may have at most {limit} MB. Attach a smaller copy (a phone can share a photo in a smaller size).</source>
        <translation>{name} berukuran {size} MB; berkas bukti paling besar {limit} MB. Lampirkan salinan yang lebih kecil (ponsel dapat membagikan foto dalam ukuran lebih kecil).</translation>
    </message>
    <message>
        <source>{name} is not a JPEG photo, a PNG image or a PDF document (Juri looks at what the file holds, not at its name).</source>
        <translation>{name} bukan foto JPEG, gambar PNG, atau dokumen PDF (Juri memeriksa isi berkas, bukan namanya).</translation>
    </message>
    <message>
        <source>{name} cannot be attached: {problem}.</source>
        <translation>{name} tidak dapat dilampirkan: {problem}.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a picture: it is damaged or incomplete (perhaps cut short while copied). Copy it again from the camera or phone.</source>
        <translation>{name} tidak dapat dibaca sebagai gambar: berkasnya rusak atau tidak lengkap (mungkin terpotong saat disalin). Salin lagi dari kamera atau ponsel.</translation>
    </message>
    <message>
        <source>{name} is a picture of more than {limit} megapixels, more than an evidence picture may have. Attach a smaller copy (a phone can share a photo in a smaller size).</source>
        <translation>{name} adalah gambar lebih dari {limit} megapiksel, lebih besar dari yang boleh untuk gambar bukti. Lampirkan salinan yang lebih kecil (ponsel dapat membagikan foto dalam ukuran lebih kecil).</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Place (GPS)</source>
        <translation>Tempat (GPS)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>Foto JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Gambar PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokumen PDF</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Accept the integrity pact before signing your results: read it with &apos;juri workspace pact&apos; and accept it with &apos;juri workspace pact --accept&apos; (the app asks for it when it starts).</source>
        <translation>Terima pakta integritas sebelum menandatangani hasil penilaian Anda: baca dengan &apos;juri workspace pact&apos; dan terima dengan &apos;juri workspace pact --accept&apos; (aplikasi memintanya saat dimulai).</translation>
    </message>
    <message>
        <source>Your key is not the key the package&apos;s roster has for you; results signed with it would not be accepted.</source>
        <translation>Kunci Anda bukan kunci yang tercantum untuk Anda dalam daftar juri paket; hasil yang ditandatangani dengan kunci ini tidak akan diterima.</translation>
    </message>
    <message>
        <source>Cannot write to {path}.</source>
        <translation>Tidak dapat menulis ke {path}.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Folder {path} tidak ada.</translation>
    </message>
    <message>
        <source>Juri could not reserve a version number for the result file ({error}). {advice}</source>
        <translation>Juri tidak dapat memesan nomor versi untuk file hasil ({error}). {advice}</translation>
    </message>
    <message>
        <source>The result file would be {mb} MB, more than the {limit} MB a result file may have. Remove some evidence, or attach smaller copies of the photos.</source>
        <translation>Berkas hasil akan berukuran {mb} MB, melebihi batas {limit} MB untuk berkas hasil. Hapus sebagian bukti, atau lampirkan salinan foto yang lebih kecil.</translation>
    </message>
    <message>
        <source>The result file could not be written to {path}: {error}. Any earlier file there is unchanged.</source>
        <translation>File hasil tidak dapat ditulis ke {path}: {error}. File sebelumnya di lokasi itu tidak berubah.</translation>
    </message>
    <message>
        <source>The result file would not be readable ({problem}); change that text or evidence and export again.</source>
        <translation>Berkas hasil tidak akan dapat dibaca ({problem}); ubah teks atau bukti itu lalu ekspor lagi.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>peringkat</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>seri</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>instansi</translation>
    </message>
    <message>
        <source>group</source>
        <translation>kelompok</translation>
    </message>
    <message>
        <source>group rank</source>
        <translation>peringkat kelompok</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>kluster</translation>
    </message>
    <message>
        <source>cluster rank</source>
        <translation>peringkat kluster</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>lulus</translation>
    </message>
    <message>
        <source>complete evaluations</source>
        <translation>penilaian selesai</translation>
    </message>
    <message>
        <source>mean of totals</source>
        <translation>rata-rata nilai akhir</translation>
    </message>
    <message>
        <source>expected evaluations</source>
        <translation>penilaian yang diharapkan</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>selisih</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>perbedaan penilaian</translation>
    </message>
    <message>
        <source>note</source>
        <translation>keterangan</translation>
    </message>
    <message>
        <source>score ({method})</source>
        <translation>nilai ({method})</translation>
    </message>
    <message>
        <source>complete evaluations (ranked from {n})</source>
        <translation>penilaian selesai (diperingkat mulai {n})</translation>
    </message>
    <message>
        <source>passes (mean ≥ {grade})</source>
        <translation>lulus (rata-rata ≥ {grade})</translation>
    </message>
    <message>
        <source>overall rank</source>
        <translation>peringkat umum</translation>
    </message>
    <message>
        <source>juror</source>
        <translation>juri</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
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
        <translation>rekomendasi</translation>
    </message>
    <message>
        <source>weight scored (%)</source>
        <translation>bobot dinilai (%)</translation>
    </message>
    <message>
        <source>overall comment</source>
        <translation>catatan umum</translation>
    </message>
    <message>
        <source>comment {criterion}</source>
        <translation>catatan {criterion}</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versi</translation>
    </message>
    <message>
        <source>key</source>
        <translation>kunci</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>di dalam</translation>
    </message>
    <message>
        <source>integrity pact</source>
        <translation>pakta integritas</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>NONE</source>
        <translation>TIDAK ADA</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>terendah</translation>
    </message>
    <message>
        <source>lowest total</source>
        <translation>total terendah</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>tertinggi</translation>
    </message>
    <message>
        <source>highest total</source>
        <translation>total tertinggi</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>saran</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Perbedaan penilaian</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>view</source>
        <translation>tinjauan</translation>
    </message>
    <message>
        <source>design</source>
        <translation>rancangan</translation>
    </message>
    <message>
        <source>submissions</source>
        <translation>proposal</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>tafsiran</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>yang perlu dilakukan</translation>
    </message>
    <message>
        <source>weighted total</source>
        <translation>nilai total berbobot</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliabilitas</translation>
    </message>
    <message>
        <source>method</source>
        <translation>metode</translation>
    </message>
    <message>
        <source>passing grade</source>
        <translation>nilai batas lulus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>{grade}, applied {rule}</source>
        <translation>{grade}, berlaku {rule}</translation>
    </message>
    <message>
        <source>minimum of complete evaluations</source>
        <translation>minimal penilaian selesai</translation>
    </message>
    <message>
        <source>tie-break order</source>
        <translation>urutan penentu nilai sama</translation>
    </message>
    <message>
        <source>disagreement above</source>
        <translation>ambang beda pendapat</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>tidak diperingkat</translation>
    </message>
    <message>
        <source>totals dropped at each end</source>
        <translation>nilai akhir yang dibuang di tiap ujung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <source>value</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Per kelompok</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Per kluster</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Tidak dapat menulis {path}: {error}</translation>
    </message>
    <message>
        <source>control characters replaced by a visible sign: %n ({shown})</source>
        <translation>karakter kendali diganti tanda yang terlihat: %n ({shown})</translation>
    </message>
    <message>
        <source>cut to {limit} characters (the most a cell holds) from {total}; the end says so</source>
        <translation>dipotong menjadi {limit} karakter (paling banyak yang dapat dimuat satu sel) dari {total}; bagian akhirnya menyebutkannya</translation>
    </message>
    <message>
        <source>[cut by Juri: the text has {total} characters, more than a cell holds]</source>
        <translation>[dipotong oleh Juri: teks ini {total} karakter, lebih dari yang dapat dimuat satu sel]</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Ditulis: {path}</translation>
    </message>
    <message>
        <source>Cells changed to fit a spreadsheet: %n</source>
        <translation>Sel yang diubah agar sesuai lembar kerja: %n</translation>
    </message>
    <message>
        <source>… and %n more</source>
        <translation>… dan %n lainnya</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>baris {row}, kolom {column}</translation>
    </message>
    <message>
        <source>Juri changed this text: {problems}.</source>
        <translation>Juri mengubah teks ini: {problems}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Finish and export results</source>
        <translation>Selesaikan dan ekspor hasil</translation>
    </message>
    <message>
        <source>{done} of {n} evaluations are finished (complete or recused).</source>
        <translation>{done} dari {n} penilaian sudah selesai (lengkap atau mengundurkan diri).</translation>
    </message>
    <message>
        <source>You can export now and again later: every export gets a higher version number and the chair keeps the newest. Unfinished evaluations are included, marked as such.</source>
        <translation>Anda dapat mengekspor sekarang dan mengekspor lagi nanti: setiap ekspor mendapat nomor versi yang lebih tinggi dan ketua tim panel menyimpan versi terbaru. Penilaian yang belum selesai tetap disertakan, dengan tanda belum selesai.</translation>
    </message>
    <message>
        <source>Everything is scored and commented.</source>
        <translation>Semua sudah dinilai dan diberi catatan.</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Folder ekspor</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Passphrase of your key</source>
        <translation>Kata sandi kunci Anda</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Simpan di:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>Sign and export</source>
        <translation>Tandatangani dan ekspor</translation>
    </message>
    <message>
        <source>What is still to do</source>
        <translation>Yang masih perlu dikerjakan</translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>Masih perlu dikerjakan:</translation>
    </message>
    <message>
        <source>not scored: {criterion}</source>
        <translation>belum dinilai: {criterion}</translation>
    </message>
    <message>
        <source>no comment: {criterion}</source>
        <translation>belum ada catatan: {criterion}</translation>
    </message>
    <message>
        <source>not confirmed: {item}</source>
        <translation>belum dikonfirmasi: {item}</translation>
    </message>
    <message>
        <source>Save results in</source>
        <translation>Simpan hasil di</translation>
    </message>
    <message>
        <source>There is no folder {path}. Choose one with Choose…, or make it first.</source>
        <translation>Folder {path} tidak ada. Pilih folder dengan Pilih…, atau buat folder itu dahulu.</translation>
    </message>
    <message>
        <source>Signing your results…</source>
        <translation>Menandatangani hasil Anda…</translation>
    </message>
    <message>
        <source>That passphrase does not open your key. Try again.</source>
        <translation>Kata sandi itu tidak dapat membuka kunci Anda. Coba lagi.</translation>
    </message>
    <message>
        <source>Results exported</source>
        <translation>Hasil telah diekspor</translation>
    </message>
    <message>
        <source>Your signed results (version {n}) are in:
{path}

Hand this file to the panel chair.</source>
        <translation>Hasil Anda yang ditandatangani (versi {n}) tersimpan di:
{path}

Serahkan file ini kepada ketua tim panel.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
</context>
<context>
    <name>FieldTab</name>
    <message>
        <source>Confirm what you did on the visit</source>
        <translation>Konfirmasi apa yang Anda lakukan saat kunjungan</translation>
    </message>
    <message>
        <source>Field notes</source>
        <translation>Catatan lapangan</translation>
    </message>
    <message>
        <source>What you saw, who you met, what you checked</source>
        <translation>Apa yang Anda lihat, siapa yang Anda temui, apa yang Anda periksa</translation>
    </message>
    <message>
        <source>&amp;Attach photos or documents…</source>
        <translation>Lampirkan &amp;foto atau dokumen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Evidence from the visit</source>
        <translation>Bukti dari kunjungan</translation>
    </message>
    <message>
        <source>JPEG or PNG photos and PDF documents, at most {mb} MB each and {n} per submission. They travel inside your signed result; the chair sees them as you do.</source>
        <translation>Foto JPEG atau PNG dan dokumen PDF, masing-masing paling besar {mb} MB dan paling banyak {n} per proposal. Semuanya ikut di dalam hasil Anda yang ditandatangani; ketua tim panel melihatnya seperti Anda.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Lampirkan bukti</translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;All files (*)</source>
        <translation>Foto dan dokumen PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>unknown schema version</source>
        <translation>versi skema tidak dikenal</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>harus berupa objek</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>harus berupa daftar</translation>
    </message>
    <message>
        <source>has more than {n} items</source>
        <translation>berisi lebih dari {n} butir</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>harus berupa teks</translation>
    </message>
    <message>
        <source>is longer than {n} characters</source>
        <translation>lebih panjang dari {n} karakter</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>spasi</translation>
    </message>
    <message>
        <source>the invisible character {name} ({code})</source>
        <translation>karakter tak terlihat {name} ({code})</translation>
    </message>
    <message>
        <source>the character {char} {name} ({code})</source>
        <translation>karakter {char} {name} ({code})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has {character} at position {position}; use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&apos;{value}&apos; memuat {character} pada posisi {position}; gunakan hanya huruf, angka, &apos;.&apos;, &apos;_&apos; dan &apos;-&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>&apos;{value}&apos; hanya boleh berisi huruf, angka, &apos;.&apos;, &apos;_&apos;, dan &apos;-&apos; (paling banyak 64 karakter)</translation>
    </message>
    <message>
        <source>the control character {code}</source>
        <translation>karakter kendali {code}</translation>
    </message>
    <message>
        <source>has {character} at position {position}; a name is one line of visible text</source>
        <translation>memuat {character} pada posisi {position}; nama harus satu baris teks yang terlihat</translation>
    </message>
    <message>
        <source>must be a whole number of at least {n}</source>
        <translation>harus berupa bilangan bulat paling sedikit {n}</translation>
    </message>
    <message>
        <source>must be a UTC time such as 2026-11-23T09:44:42.270Z</source>
        <translation>harus berupa waktu UTC seperti 2026-11-23T09:44:42.270Z</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>harus bernilai true atau false</translation>
    </message>
    <message>
        <source>must be a decimal number such as &quot;7&quot; or &quot;7.5&quot;</source>
        <translation>harus berupa bilangan desimal seperti &quot;7&quot; atau &quot;7.5&quot;</translation>
    </message>
    <message>
        <source>must be a decimal number written as &quot;7&quot; or &quot;7.5&quot; (no trailing zeros, spaces or leading zeros)</source>
        <translation>harus berupa bilangan desimal yang ditulis &quot;7&quot; atau &quot;7.5&quot; (tanpa nol di belakang, spasi, atau nol di depan)</translation>
    </message>
    <message>
        <source>must be text or {&quot;id&quot;: …, &quot;en&quot;: …}</source>
        <translation>harus berupa teks atau {&quot;id&quot;: …, &quot;en&quot;: …}</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>terlalu panjang</translation>
    </message>
    <message>
        <source>unknown field(s): {names}</source>
        <translation>field tidak dikenal: {names}</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal characters</source>
        <translation>harus berupa 64 karakter heksadesimal huruf kecil</translation>
    </message>
    <message>
        <source>is not the fingerprint of the key</source>
        <translation>bukan sidik kunci dari kunci tersebut</translation>
    </message>
    <message>
        <source>must be one of desk, interview, field (not &apos;{value}&apos;)</source>
        <translation>harus salah satu dari desk, interview, field (bukan &apos;{value}&apos;)</translation>
    </message>
    <message>
        <source>must lie in 0–100</source>
        <translation>harus berada dalam rentang 0–100</translation>
    </message>
    <message>
        <source>only an interview round has presentation and question minutes</source>
        <translation>hanya wawancara yang memiliki menit presentasi dan tanya jawab</translation>
    </message>
    <message>
        <source>is missing: give the presentation and the question minutes together</source>
        <translation>tidak ada: berikan menit presentasi dan menit tanya jawab bersama-sama</translation>
    </message>
    <message>
        <source>must be at most {n}</source>
        <translation>paling banyak {n}</translation>
    </message>
    <message>
        <source>code {code} is used twice</source>
        <translation>kode {code} digunakan dua kali</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>Juri packages ({pattern});;All files (*)</source>
        <translation>Paket Juri ({pattern});;Semua file (*)</translation>
    </message>
    <message>
        <source>Juri public key ({pattern})</source>
        <translation>Kunci publik Juri ({pattern})</translation>
    </message>
</context>
<context>
    <name>FileVerdict</name>
    <message>
        <source>{value} (unverified)</source>
        <translation>{value} (belum terverifikasi)</translation>
    </message>
    <message>
        <source>claims to be juror {juror}&apos;s (unverified)</source>
        <translation>mengaku milik juri {juror} (belum terverifikasi)</translation>
    </message>
    <message>
        <source>claims to be juror {juror}&apos;s, version {version} (unverified)</source>
        <translation>mengaku milik juri {juror}, versi {version} (belum terverifikasi)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{name} is outside the folder {folder}</source>
        <translation>{name} berada di luar folder {folder}</translation>
    </message>
    <message>
        <source>{name} is larger than {mb} MB</source>
        <translation>{name} lebih besar dari {mb} MB</translation>
    </message>
    <message>
        <source>{name} matches several files that differ only in upper and lower case: {files}; name one exactly</source>
        <translation>{name} cocok dengan beberapa file yang hanya berbeda huruf besar dan kecilnya: {files}; sebutkan salah satunya dengan tepat</translation>
    </message>
    <message>
        <source>there is no file {name} in the folder {folder}</source>
        <translation>tidak ada file {name} di folder {folder}</translation>
    </message>
    <message>
        <source>; did you mean {name}?</source>
        <translation>; maksud Anda {name}?</translation>
    </message>
</context>
<context>
    <name>FinalFile</name>
    <message>
        <source>{name} is not a final line-up file: {problem}</source>
        <translation>{name} bukan file susunan akhir: {problem}</translation>
    </message>
    <message>
        <source>this is not a Juri final line-up file (give the .juri-final.json written by &apos;juri final make&apos;)</source>
        <translation>ini bukan file susunan akhir Juri (berikan .juri-final.json yang ditulis oleh &apos;juri final make&apos;)</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Juri (schema {schema}): update Juri to read it.</source>
        <translation>{name} dibuat oleh versi Juri yang lebih baru (skema {schema}): perbarui Juri untuk membacanya.</translation>
    </message>
    <message>
        <source>{name} is tampered: the chair&apos;s signature does not hold ({problem}). Nothing in it can be relied on.</source>
        <translation>{name} telah diubah: tanda tangan ketua tim panel tidak berlaku ({problem}). Tidak ada isinya yang dapat dipercaya.</translation>
    </message>
    <message>
        <source>{name} is not a final line-up file as Juri writes it: {problem}</source>
        <translation>{name} bukan file susunan akhir seperti yang ditulis Juri: {problem}</translation>
    </message>
    <message>
        <source>must name at least one round</source>
        <translation>harus mencantumkan paling sedikit satu tahap</translation>
    </message>
    <message>
        <source>names the same value twice</source>
        <translation>mencantumkan nilai yang sama dua kali</translation>
    </message>
    <message>
        <source>The final file could not be written to {path}: {error}</source>
        <translation>File final tidak dapat ditulis ke {path}: {error}</translation>
    </message>
    <message>
        <source>{name} does not rest on the merged file {merged} (round {round}, SHA-256 {sha}…): it names other merged files. Was the merged file changed or merged again after the final line-up was made?</source>
        <translation>{name} tidak didasarkan pada file gabungan {merged} (tahap {round}, SHA-256 {sha}…): file itu mencantumkan file gabungan lain. Apakah file gabungan diubah atau digabung ulang setelah susunan akhir dibuat?</translation>
    </message>
    <message>
        <source>{name} rests on the merged file of round {round} (package {package}, SHA-256 {sha}…), which was not given: give it too.</source>
        <translation>{name} didasarkan pada file gabungan tahap {round} (paket {package}, SHA-256 {sha}…), yang tidak diberikan: berikan juga.</translation>
    </message>
    <message>
        <source>The line-up signed in {name} does not follow from its merged files ({where}). Make the final line-up again with &apos;juri final make&apos;.</source>
        <translation>Susunan akhir yang ditandatangani dalam {name} tidak sesuai dengan file gabungannya ({where}). Buat ulang susunan akhir dengan &apos;juri final make&apos;.</translation>
    </message>
    <message>
        <source>{name} applied another rule than the rubric file&apos;s final section: the line-up is not the one the rubric file asks for.</source>
        <translation>{name} menerapkan aturan lain daripada bagian final file rubrik: susunan akhir itu bukan yang diminta file rubrik.</translation>
    </message>
    <message>
        <source>its part &quot;{part}&quot; differs</source>
        <translation>bagian &quot;{part}&quot; berbeda</translation>
    </message>
    <message>
        <source>the ranking differs at {code} in its field &quot;{field}&quot;: signed {signed}, recomputed {value}</source>
        <translation>peringkat berbeda pada {code} di kolom &quot;{field}&quot;: yang ditandatangani {signed}, hitung ulang {value}</translation>
    </message>
    <message>
        <source>row</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>the ranking has rows that do not follow</source>
        <translation>peringkat memuat baris yang tidak sesuai</translation>
    </message>
</context>
<context>
    <name>FinalRecap</name>
    <message>
        <source>Signed record of the final line-up – {competition}</source>
        <translation>Berita acara susunan akhir – {competition}</translation>
    </message>
    <message>
        <source>{competition} · Final line-up</source>
        <translation>{competition} · Susunan akhir</translation>
    </message>
    <message>
        <source>Final file {digest} · printed {when}</source>
        <translation>File final {digest} · dicetak {when}</translation>
    </message>
    <message>
        <source>Rounds and the signed files they rest on</source>
        <translation>Tahap dan file bertanda tangan yang menjadi dasarnya</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Peringkat akhir</translation>
    </message>
    <message>
        <source>Per cluster: fair representation</source>
        <translation>Per kluster: keterwakilan yang adil</translation>
    </message>
    <message>
        <source>On {date}, at {place}, the panel of {competition} set the final line-up across {count} rounds ({rounds}). It combined the chair&apos;s signed merged file of each round, each checked against its package and its ranking recomputed, as the final rule below says: {ranked} of the {total} submissions of the final round take a place, as set out below.</source>
        <translation>Pada {date}, di {place}, tim panel {competition} menetapkan susunan akhir lintas {count} tahap ({rounds}). Tim panel menggabungkan file gabungan bertanda tangan ketua tim panel dari setiap tahap, masing-masing diperiksa terhadap paketnya dan peringkatnya dihitung ulang, sesuai aturan final di bawah ini: {ranked} dari {total} proposal tahap terakhir mendapat peringkat, sebagaimana diuraikan di bawah ini.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Final file</source>
        <translation>File final</translation>
    </message>
    <message>
        <source>SHA-256 {digest}, signed by {fingerprint}</source>
        <translation>SHA-256 {digest}, ditandatangani oleh {fingerprint}</translation>
    </message>
    <message>
        <source>Final line-up across rounds</source>
        <translation>Susunan akhir lintas tahap</translation>
    </message>
    <message>
        <source>Round and its part in the rule</source>
        <translation>Tahap dan perannya dalam aturan</translation>
    </message>
    <message>
        <source>Package and merged file</source>
        <translation>Paket dan file gabungan</translation>
    </message>
    <message>
        <source>{ranked} of {total} ranked</source>
        <translation>{ranked} dari {total} diperingkat</translation>
    </message>
    <message>
        <source>package {package}</source>
        <translation>paket {package}</translation>
    </message>
    <message>
        <source>manifest SHA-256 {digest}</source>
        <translation>SHA-256 manifest {digest}</translation>
    </message>
    <message>
        <source>merged file SHA-256 {digest}</source>
        <translation>SHA-256 file gabungan {digest}</translation>
    </message>
    <message>
        <source>signed by {name} · {fingerprint}</source>
        <translation>ditandatangani oleh {name} · {fingerprint}</translation>
    </message>
    <message>
        <source>Each merged file was checked against its package (the chair&apos;s signature, every juror&apos;s result) and its ranking recomputed; each round&apos;s package was shortlisted from the merged file of the round before it, as its signed manifest names by SHA-256.</source>
        <translation>Setiap file gabungan diperiksa terhadap paketnya (tanda tangan ketua tim panel, hasil setiap juri) dan peringkatnya dihitung ulang; paket setiap tahap disaring dari file gabungan tahap sebelumnya, sebagaimana disebut manifest bertanda tangannya dengan SHA-256.</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>tidak diperingkat</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Nilai akhir</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Keseluruhan</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <source>In round {round}</source>
        <translation>Di tahap {round}</translation>
    </message>
    <message>
        <source>In the final round</source>
        <translation>Di tahap terakhir</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Diperingkat</translation>
    </message>
    <message>
        <source>Best place</source>
        <translation>Peringkat terbaik</translation>
    </message>
    <message>
        <source>Places in the final ranking</source>
        <translation>Peringkat dalam peringkat akhir</translation>
    </message>
    <message>
        <source>How each cluster that entered round {round} stands in the final ranking, those with no submission left in the final round included, for the panel to weigh fair representation; the line-up of each cluster in the final round follows.</source>
        <translation>Kedudukan setiap kluster yang masuk di tahap {round} dalam peringkat akhir, termasuk kluster yang tidak punya proposal lagi di tahap terakhir, untuk ditimbang tim panel demi keterwakilan yang adil; susunan setiap kluster di tahap terakhir menyusul.</translation>
    </message>
    <message>
        <source>None of its submissions takes a place.</source>
        <translation>Tidak ada proposalnya yang mendapat peringkat.</translation>
    </message>
    <message>
        <source>Why it takes no place</source>
        <translation>Alasan tidak mendapat peringkat</translation>
    </message>
    <message>
        <source>These submissions of the final round take no place: a round the rule needs does not rank them (too few complete evaluations), or they did not pass a gate round.</source>
        <translation>Proposal tahap terakhir berikut tidak mendapat peringkat: tahap yang diperlukan aturan tidak memeringkatnya (terlalu sedikit penilaian selesai), atau proposal tidak lulus tahap syarat.</translation>
    </message>
    <message>
        <source>Checked against the rubric file&apos;s final section.</source>
        <translation>Sudah diperiksa terhadap bagian final file rubrik.</translation>
    </message>
    <message>
        <source>Not checked against the rubric file: this is the rule the final file records.</source>
        <translation>Tidak diperiksa terhadap file rubrik: ini aturan yang dicatat file final.</translation>
    </message>
    <message>
        <source>shortlisted from round {round}: {rule}</source>
        <translation>disaring dari tahap {round}: {rule}</translation>
    </message>
    <message>
        <source>top {n}</source>
        <translation>{n} teratas</translation>
    </message>
    <message>
        <source>every submission that passed</source>
        <translation>setiap proposal yang lulus</translation>
    </message>
    <message>
        <source>top {n} per group</source>
        <translation>{n} teratas per kelompok</translation>
    </message>
    <message>
        <source>top {n} per cluster</source>
        <translation>{n} teratas per kluster</translation>
    </message>
    <message>
        <source>ties at the cut included</source>
        <translation>nilai sama di batas ikut masuk</translation>
    </message>
</context>
<context>
    <name>FinalRule</name>
    <message>
        <source>must be &quot;weights&quot; or &quot;last&quot; (not &apos;{value}&apos;)</source>
        <translation>harus &quot;weights&quot; atau &quot;last&quot; (bukan &apos;{value}&apos;)</translation>
    </message>
    <message>
        <source>belongs to &quot;last&quot; only: with &quot;weights&quot; every weighted round counts</source>
        <translation>hanya untuk &quot;last&quot;: dengan &quot;weights&quot; setiap tahap berbobot dihitung</translation>
    </message>
    <message>
        <source>belongs to &quot;weights&quot; only: with &quot;last&quot; one round&apos;s score ranks</source>
        <translation>hanya untuk &quot;weights&quot;: dengan &quot;last&quot; nilai satu tahap yang menentukan peringkat</translation>
    </message>
    <message>
        <source>must be true (a gate is a round the submission passed)</source>
        <translation>harus true (tahap syarat adalah tahap yang telah diluluskan proposal)</translation>
    </message>
    <message>
        <source>names {rounds} more than once</source>
        <translation>mencantumkan {rounds} lebih dari sekali</translation>
    </message>
    <message>
        <source>names the round &apos;{name}&apos;, which the file does not have (it has: {ids})</source>
        <translation>mencantumkan tahap &apos;{name}&apos;, yang tidak ada dalam file (yang ada: {ids})</translation>
    </message>
    <message>
        <source>must weigh at least one round</source>
        <translation>harus memberi bobot paling sedikit satu tahap</translation>
    </message>
    <message>
        <source>must be more than 0 (leave a round out to give it no weight)</source>
        <translation>harus lebih dari 0 (hilangkan tahap yang tidak diberi bobot)</translation>
    </message>
    <message>
        <source>must sum to exactly 100 (they sum to {total})</source>
        <translation>jumlahnya harus tepat 100 (jumlahnya {total})</translation>
    </message>
    <message>
        <source>Final score = {parts} (each round&apos;s score as its merge ranks).</source>
        <translation>Nilai akhir = {parts} (nilai setiap tahap sebagaimana penggabungannya memeringkat).</translation>
    </message>
    <message>
        <source>Final score = the score of round {round} (as its merge ranks).</source>
        <translation>Nilai akhir = nilai tahap {round} (sebagaimana penggabungannya memeringkat).</translation>
    </message>
    <message>
        <source>minimum of complete evaluations {minimum}, {complete} of {expected} evaluations complete</source>
        <translation>minimal penilaian selesai {minimum}, {complete} dari {expected} penilaian selesai</translation>
    </message>
    <message>
        <source>Warning: round {round} was merged with a minimum of {applied} complete evaluations, below the rubric&apos;s minimum of {own} for it: its places may rest on fewer evaluations than the rubric asks ({complete} of {expected} evaluations complete).</source>
        <translation>Peringatan: tahap {round} digabungkan dengan minimal {applied} penilaian selesai, di bawah minimal {own} dari rubrik untuk tahap itu: peringkatnya mungkin bertumpu pada penilaian yang lebih sedikit daripada yang diminta rubrik ({complete} dari {expected} penilaian selesai).</translation>
    </message>
    <message>
        <source>Warning: round {round} was merged with the passing grade {applied}, not the rubric&apos;s {own} for it: its gate is not the one the rubric sets.</source>
        <translation>Peringatan: tahap {round} digabung dengan nilai batas lulus {applied}, bukan {own} dari rubrik untuknya: gerbangnya bukan yang ditetapkan rubrik.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Only submissions that passed round {rounds} (mean of the totals at or above its passing grade: {grades}) take a place.</source>
        <translation>Hanya proposal yang lulus tahap {rounds} (rata-rata nilai total sama dengan atau di atas nilai batas lulusnya: {grades}) yang mendapat peringkat.</translation>
    </message>
    <message>
        <source>A submission not ranked in a round the rule needs (fewer complete evaluations than that round&apos;s minimum: {minimums}) takes no place.</source>
        <translation>Proposal yang tidak diperingkat di tahap yang diperlukan aturan (penilaian selesai kurang dari minimal tahap itu: {minimums}) tidak mendapat peringkat.</translation>
    </message>
    <message>
        <source>Equal final scores share a place.</source>
        <translation>Nilai akhir yang sama berbagi peringkat.</translation>
    </message>
    <message>
        <source>Equal final scores are separated by the score in round {rounds}, in this order (higher first); what nothing separates shares a place.</source>
        <translation>Nilai akhir yang sama dipisahkan oleh nilai di tahap {rounds}, menurut urutan ini (yang lebih tinggi lebih dulu); yang tidak terpisahkan berbagi peringkat.</translation>
    </message>
    <message>
        <source>not in round {round}</source>
        <translation>tidak ada di tahap {round}</translation>
    </message>
    <message>
        <source>not ranked in round {round}: {complete} of {expected} evaluations ({minimum} needed: assign another juror in that round)</source>
        <translation>tidak diperingkat di tahap {round}: {complete} dari {expected} penilaian (perlu {minimum}: tugaskan juri lain di tahap itu)</translation>
    </message>
    <message>
        <source>not ranked in round {round}: {complete} of {expected} evaluations ({minimum} needed)</source>
        <translation>tidak diperingkat di tahap {round}: {complete} dari {expected} penilaian (perlu {minimum})</translation>
    </message>
    <message>
        <source>did not pass round {round}: mean {mean} below the passing grade {grade}</source>
        <translation>tidak lulus tahap {round}: rata-rata {mean} di bawah nilai batas lulus {grade}</translation>
    </message>
</context>
<context>
    <name>FinalSheets</name>
    <message>
        <source>rank</source>
        <translation>peringkat</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>instansi</translation>
    </message>
    <message>
        <source>group</source>
        <translation>kelompok</translation>
    </message>
    <message>
        <source>group rank</source>
        <translation>peringkat kelompok</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>kluster</translation>
    </message>
    <message>
        <source>cluster rank</source>
        <translation>peringkat kluster</translation>
    </message>
    <message>
        <source>final score</source>
        <translation>nilai akhir</translation>
    </message>
    <message>
        <source>{round} score</source>
        <translation>nilai {round}</translation>
    </message>
    <message>
        <source>{round} rank</source>
        <translation>peringkat {round}</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Peringkat akhir</translation>
    </message>
    <message>
        <source>overall rank</source>
        <translation>peringkat keseluruhan</translation>
    </message>
    <message>
        <source>entered round {round}</source>
        <translation>masuk tahap {round}</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>kandidat</translation>
    </message>
    <message>
        <source>ranked</source>
        <translation>diperingkat</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>tidak diperingkat</translation>
    </message>
    <message>
        <source>best rank</source>
        <translation>peringkat terbaik</translation>
    </message>
    <message>
        <source>ranks</source>
        <translation>peringkat</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <source>round</source>
        <translation>tahap</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>in the rule</source>
        <translation>dalam aturan</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paket</translation>
    </message>
    <message>
        <source>manifest SHA-256</source>
        <translation>SHA-256 manifest</translation>
    </message>
    <message>
        <source>merged file SHA-256</source>
        <translation>SHA-256 file gabungan</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>ketua tim panel</translation>
    </message>
    <message>
        <source>chair&apos;s key</source>
        <translation>kunci ketua tim panel</translation>
    </message>
    <message>
        <source>method</source>
        <translation>metode</translation>
    </message>
    <message>
        <source>passing grade</source>
        <translation>nilai batas lulus</translation>
    </message>
    <message>
        <source>minimum of complete evaluations</source>
        <translation>minimal penilaian selesai</translation>
    </message>
    <message>
        <source>rubric&apos;s minimum</source>
        <translation>minimal dari rubrik</translation>
    </message>
    <message>
        <source>complete evaluations</source>
        <translation>penilaian selesai</translation>
    </message>
    <message>
        <source>expected evaluations</source>
        <translation>penilaian yang diharapkan</translation>
    </message>
    <message>
        <source>submissions</source>
        <translation>proposal</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>weight {weight}%</source>
        <translation>bobot {weight}%</translation>
    </message>
    <message>
        <source>decides</source>
        <translation>menentukan</translation>
    </message>
    <message>
        <source>gate: must be passed</source>
        <translation>syarat: harus lulus</translation>
    </message>
    <message>
        <source>tie-break {n}</source>
        <translation>penentu nilai sama ke-{n}</translation>
    </message>
    <message>
        <source>link of the chain</source>
        <translation>mata rantai</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>aturan</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <source>value</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Per kelompok</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Per kluster</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <source>Your key&apos;s fingerprint</source>
        <translation>Sidik kunci Anda</translation>
    </message>
    <message>
        <source>Give your public key file to the secretariat (on a USB stick or by e-mail); it puts your key in the packages you will score. Read this fingerprint out to them, or write it down: it lets them check that the file really is yours.</source>
        <translation>Serahkan file kunci publik Anda kepada sekretariat (melalui flashdisk atau e-mail); sekretariat akan mencantumkan kunci Anda dalam paket yang akan Anda nilai. Bacakan sidik kunci ini kepada mereka, atau tuliskan: dengan sidik kunci ini mereka dapat memastikan bahwa file tersebut benar-benar milik Anda.</translation>
    </message>
    <message>
        <source>&amp;Save public key file…</source>
        <translation>Simpan file kunci &amp;publik…</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik kunci</translation>
    </message>
    <message>
        <source>Save public key file</source>
        <translation>Simpan file kunci publik</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First start</source>
        <translation>Penyiapan awal</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>This workspace has no juror key yet. Create one first (juri keys new, or the first-run wizard).</source>
        <translation>Ruang kerja ini belum memiliki kunci juri. Buat kunci terlebih dahulu (juri keys new, atau panduan penyiapan awal).</translation>
    </message>
    <message>
        <source>This workspace already has a juror key; it is never replaced.</source>
        <translation>Ruang kerja ini sudah memiliki kunci juri; kunci tersebut tidak pernah diganti.</translation>
    </message>
    <message>
        <source>The juror id may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>ID juri hanya boleh berisi huruf, angka, &apos;.&apos;, &apos;_&apos;, dan &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Masukkan nama Anda.</translation>
    </message>
    <message>
        <source>Your name {problem}.</source>
        <translation>Nama Anda {problem}.</translation>
    </message>
    <message>
        <source>The key file {path} holds the key {found}, not your key {expected}: it belongs to someone else. Put your own key file back.</source>
        <translation>File kunci {path} berisi kunci {found}, bukan kunci Anda {expected}: kunci itu milik orang lain. Kembalikan file kunci Anda sendiri.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Who are you?</source>
        <translation>Siapa Anda?</translation>
    </message>
    <message>
        <source>Your name appears on your results and evaluation sheets.</source>
        <translation>Nama Anda tercantum pada hasil dan lembar penilaian Anda.</translation>
    </message>
    <message>
        <source>Juror &amp;ID:</source>
        <translation>&amp;ID juri:</translation>
    </message>
    <message>
        <source>Juror ID</source>
        <translation>ID juri</translation>
    </message>
    <message>
        <source>The juror ID may use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>ID juri boleh memakai huruf, angka, &apos;.&apos;, &apos;_&apos;, dan &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>&amp;Nama lengkap:</translation>
    </message>
    <message>
        <source>as the secretariat gave it, e.g. J07</source>
        <translation>sesuai yang diberikan sekretariat, mis. J07</translation>
    </message>
</context>
<context>
    <name>InterviewTab</name>
    <message>
        <source>Note each question and what the answer said. A new question opens below the last one; empty ones are not kept.</source>
        <translation>Catat setiap pertanyaan dan isi jawabannya. Pertanyaan baru muncul di bawah yang terakhir; yang kosong tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>InterviewTimer</name>
    <message>
        <source>Interview timer</source>
        <translation>Pengatur waktu wawancara</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>Presentation {p} min, questions {q} min</source>
        <translation>Presentasi {p} menit, tanya jawab {q} menit</translation>
    </message>
    <message>
        <source>Questions (F9)</source>
        <translation>Tanya jawab (F9)</translation>
    </message>
    <message>
        <source>Reset (Shift+F8)</source>
        <translation>Ulang (Shift+F8)</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentasi</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Tanya jawab</translation>
    </message>
    <message>
        <source>{phase}: over time</source>
        <translation>{phase}: lewat waktu</translation>
    </message>
    <message>
        <source>{phase}, paused</source>
        <translation>{phase}, dijeda</translation>
    </message>
    <message>
        <source>Pause (F8)</source>
        <translation>Jeda (F8)</translation>
    </message>
    <message>
        <source>Start (F8)</source>
        <translation>Mulai (F8)</translation>
    </message>
</context>
<context>
    <name>JuriWindow</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Switch the window to the new language now? Your work is saved.</source>
        <translation>Ganti bahasa jendela sekarang? Pekerjaan Anda sudah tersimpan.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
</context>
<context>
    <name>KeyExposure</name>
    <message>
        <source>Key file warning</source>
        <translation>Peringatan berkas kunci</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your signing key</source>
        <translation>Kunci tanda tangan Anda</translation>
    </message>
    <message>
        <source>Juri signs your results with a key that never leaves this laptop. A passphrase protects it.</source>
        <translation>Juri menandatangani hasil Anda dengan kunci yang tidak pernah keluar dari laptop ini. Kunci itu dilindungi kata sandi.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters that you will remember: you need it every time you hand in results. Nobody can recover it for you.</source>
        <translation>Pilih kata sandi yang mudah Anda ingat, paling sedikit {n} karakter: kata sandi ini diperlukan setiap kali Anda menyerahkan hasil. Tidak ada yang dapat memulihkannya untuk Anda.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Kekuatan:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Kekuatan kata sandi</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>terlalu pendek</translation>
    </message>
    <message>
        <source>weak: make it longer</source>
        <translation>lemah: buat lebih panjang</translation>
    </message>
    <message>
        <source>fair: a longer phrase is better</source>
        <translation>cukup: frasa yang lebih panjang lebih baik</translation>
    </message>
    <message>
        <source>good</source>
        <translation>baik</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>kuat</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>kedua kata sandi berbeda</translation>
    </message>
    <message>
        <source>Making your key…</source>
        <translation>Membuat kunci Anda…</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>the public key is {problem}</source>
        <translation>kunci publik ini {problem}</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>Kata sandi harus terdiri atas paling sedikit {n} karakter.</translation>
    </message>
    <message>
        <source>Warning: other users of this computer can read the private key file {path} (permissions {mode}). Make it readable by you alone (chmod 600), or keep it on a disk only you use.</source>
        <translation>Peringatan: pengguna lain di komputer ini dapat membaca berkas kunci privat {path} (izin {mode}). Jadikan hanya Anda yang dapat membacanya (chmod 600), atau simpan di disk yang hanya Anda gunakan.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or not a Juri key ({detail}).</source>
        <translation>File kunci {path} rusak atau bukan kunci Juri ({detail}).</translation>
    </message>
    <message>
        <source>There is no key file at {path}.</source>
        <translation>Tidak ada file kunci di {path}.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {error}</source>
        <translation>File kunci {path} tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>{path} is a public key file, not a private key.</source>
        <translation>{path} adalah file kunci publik, bukan kunci privat.</translation>
    </message>
    <message>
        <source>{path} is a private key; give the public key file.</source>
        <translation>{path} adalah kunci privat; berikan file kunci publik.</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format tidak dikenal</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>versi tidak didukung</translation>
    </message>
    <message>
        <source>its fields are not {fields}</source>
        <translation>isinya bukan tepat {fields}</translation>
    </message>
    <message>
        <source>the label is not text</source>
        <translation>labelnya bukan teks</translation>
    </message>
    <message>
        <source>its fingerprint {stated} is not the fingerprint of its key ({actual})</source>
        <translation>sidik kunci yang tertulis, {stated}, bukan sidik kunci dari kuncinya ({actual})</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key {fingerprint}.</source>
        <translation>Kata sandi untuk kunci {fingerprint} salah.</translation>
    </message>
    <message>
        <source>the private and public halves do not match</source>
        <translation>bagian privat dan publik kunci tidak cocok</translation>
    </message>
    <message>
        <source>the {part} is not {n} bytes long</source>
        <translation>{part} tidak sepanjang {n} bita</translation>
    </message>
    <message>
        <source>not a canonical encoding of a key</source>
        <translation>bukan penulisan kanonis sebuah kunci</translation>
    </message>
    <message>
        <source>not a point on the Ed25519 curve</source>
        <translation>bukan titik pada kurva Ed25519</translation>
    </message>
    <message>
        <source>a weak (small-order) key, for which anyone can make signatures</source>
        <translation>kunci lemah (berorde kecil), yang tanda tangannya dapat dibuat siapa saja</translation>
    </message>
    <message>
        <source>a key with a small-order part, which no Ed25519 key pair has</source>
        <translation>kunci dengan bagian berorde kecil, yang tidak dimiliki pasangan kunci Ed25519 mana pun</translation>
    </message>
    <message>
        <source>the signature is not canonical (its S is not below the group order)</source>
        <translation>tanda tangan tidak kanonis (nilai S-nya tidak di bawah orde grup)</translation>
    </message>
    <message>
        <source>the signature&apos;s R is not a canonical encoding</source>
        <translation>R pada tanda tangan bukan penulisan kanonis</translation>
    </message>
    <message>
        <source>the signature&apos;s R is not a point on the Ed25519 curve</source>
        <translation>R pada tanda tangan bukan titik pada kurva Ed25519</translation>
    </message>
    <message>
        <source>the signature&apos;s R is a weak (small-order) point, which needs no key</source>
        <translation>R pada tanda tangan adalah titik lemah (berorde kecil), yang tidak memerlukan kunci</translation>
    </message>
    <message>
        <source>the signature&apos;s R has a small-order part</source>
        <translation>R pada tanda tangan memiliki bagian berorde kecil</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key fingerprint: four groups of four letters and digits joined by &apos;-&apos;, such as ABCD-EFGH-IJKL-MNOP.</source>
        <translation>&apos;{text}&apos; bukan sidik kunci: empat kelompok berisi empat huruf dan angka yang digabung dengan &apos;-&apos;, seperti ABCD-EFGH-IJKL-MNOP.</translation>
    </message>
    <message>
        <source>The key {fingerprint} is already accepted for juror {owner}; a key counts for one juror only, so it cannot be accepted for juror {juror} too.</source>
        <translation>Kunci {fingerprint} sudah diterima untuk juri {owner}; sebuah kunci hanya berlaku untuk satu juri, sehingga tidak dapat diterima juga untuk juri {juror}.</translation>
    </message>
    <message>
        <source>Juror {juror} is not in the package&apos;s roster, so no key can be accepted for them.</source>
        <translation>Juri {juror} tidak ada dalam daftar juri paket, sehingga tidak ada kunci yang dapat diterima untuknya.</translation>
    </message>
    <message>
        <source>The key {fingerprint} is juror {juror}&apos;s key in the package&apos;s roster already; there is nothing to accept.</source>
        <translation>Kunci {fingerprint} sudah menjadi kunci juri {juror} dalam daftar juri paket; tidak ada yang perlu diterima.</translation>
    </message>
    <message>
        <source>The key {fingerprint} is juror {owner}&apos;s key in the package&apos;s roster; it can never be accepted for juror {juror}, or {owner} could sign as {juror}.</source>
        <translation>Kunci {fingerprint} adalah kunci juri {owner} dalam daftar juri paket; kunci itu tidak pernah dapat diterima untuk juri {juror}, karena {owner} lalu dapat menandatangani atas nama {juror}.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Juri</source>
        <translation>Selamat datang di Juri</translation>
    </message>
    <message>
        <source>Juri lets you score the submissions of a competition on this laptop, without a network, and hand in signed results. First choose your language.</source>
        <translation>Dengan Juri, Anda dapat menilai proposal sebuah kompetisi di laptop ini tanpa jaringan, lalu menyerahkan hasil yang ditandatangani. Pertama, pilih bahasa Anda.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;Buka paket…</translation>
    </message>
    <message>
        <source>&amp;Finish and export results…</source>
        <translation>&amp;Selesaikan dan ekspor hasil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>Urungkan: {what}</translation>
    </message>
    <message>
        <source>Redo: {what}</source>
        <translation>Ulangi: {what}</translation>
    </message>
    <message>
        <source>&amp;Next unscored submission</source>
        <translation>Proposal &amp;berikutnya yang belum dinilai</translation>
    </message>
    <message>
        <source>Next submission</source>
        <translation>Proposal berikutnya</translation>
    </message>
    <message>
        <source>Previous submission</source>
        <translation>Proposal sebelumnya</translation>
    </message>
    <message>
        <source>Declare &amp;conflict of interest…</source>
        <translation>Nyatakan &amp;konflik kepentingan…</translation>
    </message>
    <message>
        <source>&amp;Find submission</source>
        <translation>&amp;Cari proposal</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>Pr&amp;oposal</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <source>V&amp;ideo</source>
        <translation>V&amp;ideo</translation>
    </message>
    <message>
        <source>S&amp;witch package</source>
        <translation>&amp;Ganti paket</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Status penyimpanan</translation>
    </message>
    <message>
        <source>This is version {version}; it replaces version {old}. Every evaluation you made is kept. It assigns no new submission to you.</source>
        <translation>Ini versi {version}; versi ini menggantikan versi {old}. Setiap penilaian yang Anda buat tetap ada. Tidak ada proposal baru yang ditugaskan kepada Anda.</translation>
    </message>
    <message>
        <source>This is version {version}; it replaces version {old}. Every evaluation you made is kept. Newly assigned to you: {codes}.</source>
        <translation>Ini versi {version}; versi ini menggantikan versi {old}. Setiap penilaian yang Anda buat tetap ada. Baru ditugaskan kepada Anda: {codes}.</translation>
    </message>
    <message>
        <source>Intervie&amp;w notes</source>
        <translation>Catatan &amp;wawancara</translation>
    </message>
    <message>
        <source>⚠ That change was not made; the rest is saved</source>
        <translation>⚠ Perubahan itu tidak dibuat; yang lain tetap tersimpan</translation>
    </message>
    <message>
        <source>Every submission is scored, or you declared a conflict of interest.</source>
        <translation>Semua proposal sudah dinilai, atau Anda menyatakan konflik kepentingan.</translation>
    </message>
    <message>
        <source>Type a score, or change it with the arrow keys</source>
        <translation>Ketik nilai, atau ubah dengan tombol panah</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <source>&amp;Print evaluation sheets…</source>
        <translation>&amp;Cetak lembar penilaian…</translation>
    </message>
    <message>
        <source>Save evaluation sheets as P&amp;DF…</source>
        <translation>Simpan lembar penilaian sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Type in a p&amp;aper sheet…</source>
        <translation>Ketik dari lembar ker&amp;tas…</translation>
    </message>
    <message>
        <source>S&amp;top paper mode</source>
        <translation>&amp;Hentikan mode kertas</translation>
    </message>
    <message>
        <source>Save public &amp;key file…</source>
        <translation>Simpan file kunci &amp;publik…</translation>
    </message>
    <message>
        <source>Choose the &amp;recommendation</source>
        <translation>Pilih &amp;rekomendasi</translation>
    </message>
    <message>
        <source>Field &amp;visit</source>
        <translation>Kunjungan &amp;lapangan</translation>
    </message>
    <message>
        <source>&amp;About Juri</source>
        <translation>&amp;Tentang Juri</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Penilaian</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Buka paket</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Memeriksa {name}…</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Memeriksa paket…</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>Pembukaan dibatalkan.</translation>
    </message>
    <message>
        <source>Package opened</source>
        <translation>Paket dibuka</translation>
    </message>
    <message>
        <source>The package is complete and signed by {secretariat}.

Key fingerprint: {fp}
Compare it with the fingerprint the secretariat gave you.

{n} submissions are assigned to you as juror {juror}.</source>
        <translation>Paket lengkap dan ditandatangani oleh {secretariat}.

Sidik kunci: {fp}
Cocokkan dengan sidik kunci yang diberikan sekretariat kepada Anda.

{n} proposal ditugaskan kepada Anda sebagai juri {juror}.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>✓ Saved {time}</source>
        <translation>✓ Tersimpan {time}</translation>
    </message>
    <message>
        <source>… typing, not saved yet</source>
        <translation>… sedang mengetik, belum tersimpan</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>Exported: {path}</source>
        <translation>Diekspor: {path}</translation>
    </message>
    <message>
        <source>Save public key file</source>
        <translation>Simpan file kunci publik</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Next / previous field: a score, its comment, … the overall comment, the recommendation</source>
        <translation>Isian berikutnya / sebelumnya: nilai, catatannya, … catatan umum, rekomendasi</translation>
    </message>
    <message>
        <source>Write the comment for this score</source>
        <translation>Tulis catatan untuk nilai ini</translation>
    </message>
    <message>
        <source>Back from a comment to its score</source>
        <translation>Kembali dari catatan ke nilainya</translation>
    </message>
    <message>
        <source>Open the choices of a list box</source>
        <translation>Membuka pilihan kotak daftar</translation>
    </message>
    <message>
        <source>Find a submission</source>
        <translation>Cari proposal</translation>
    </message>
    <message>
        <source>Find in the proposal</source>
        <translation>Cari dalam proposal</translation>
    </message>
    <message>
        <source>Interview timer: start or pause</source>
        <translation>Pengatur waktu wawancara: mulai atau jeda</translation>
    </message>
    <message>
        <source>Interview timer: the presenter is done, questions start</source>
        <translation>Pengatur waktu wawancara: penyaji selesai, tanya jawab dimulai</translation>
    </message>
    <message>
        <source>Interview timer: reset for the next presenter</source>
        <translation>Pengatur waktu wawancara: ulang untuk penyaji berikutnya</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>this is not a Juri package manifest</source>
        <translation>ini bukan manifest paket Juri</translation>
    </message>
    <message>
        <source>is the secretariat&apos;s own key: a juror needs a key of their own</source>
        <translation>adalah kunci milik sekretariat sendiri: seorang juri memerlukan kuncinya sendiri</translation>
    </message>
    <message>
        <source>a package cannot come from itself</source>
        <translation>sebuah paket tidak dapat berasal dari dirinya sendiri</translation>
    </message>
    <message>
        <source>the next round must be another round than {round}</source>
        <translation>tahap berikutnya harus tahap lain, bukan {round}</translation>
    </message>
    <message>
        <source>a version is listed twice</source>
        <translation>sebuah versi tercantum dua kali</translation>
    </message>
    <message>
        <source>version {version} must name the {n} earlier version(s), not {count}</source>
        <translation>versi {version} harus menyebut {n} versi sebelumnya, bukan {count}</translation>
    </message>
    <message>
        <source>is not the fingerprint of chair_key</source>
        <translation>bukan sidik kunci dari chair_key</translation>
    </message>
    <message>
        <source>names no rule</source>
        <translation>tidak menyebut aturan apa pun</translation>
    </message>
    <message>
        <source>passing is a rule of its own, not combined with places</source>
        <translation>passing adalah aturan tersendiri, tidak digabung dengan peringkat</translation>
    </message>
    <message>
        <source>juror or key listed twice</source>
        <translation>juri atau kunci tercantum dua kali</translation>
    </message>
    <message>
        <source>the package names no juror</source>
        <translation>paket tidak mencantumkan juri satu pun</translation>
    </message>
    <message>
        <source>file {path} is listed twice</source>
        <translation>file {path} tercantum dua kali</translation>
    </message>
    <message>
        <source>a file role repeats</source>
        <translation>ada peran file yang berulang</translation>
    </message>
    <message>
        <source>is not a web link (only http:// and https:// links)</source>
        <translation>bukan tautan web (hanya tautan http:// dan https://)</translation>
    </message>
    <message>
        <source>unknown file role</source>
        <translation>peran file tidak dikenal</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot name a file in a package: {problem}</source>
        <translation>&apos;{path}&apos; tidak dapat menjadi nama berkas dalam paket: {problem}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a safe path inside files/</source>
        <translation>&apos;{path}&apos; bukan lokasi yang aman di dalam files/</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal characters</source>
        <translation>harus berupa 64 karakter heksadesimal huruf kecil</translation>
    </message>
    <message>
        <source>code {code} is listed twice (perhaps in other upper and lower case)</source>
        <translation>kode {code} tercantum dua kali (mungkin dengan huruf besar dan kecil yang berbeda)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a packaged file&apos;s name: {problem}</source>
        <translation>&apos;{name}&apos; tidak dapat menjadi nama berkas dalam paket: {problem}</translation>
    </message>
    <message>
        <source>juror {id} is not in the roster</source>
        <translation>juri {id} tidak ada dalam daftar juri</translation>
    </message>
    <message>
        <source>names unknown or repeated submissions</source>
        <translation>menyebut proposal yang tidak dikenal atau berulang</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>too large</source>
        <translation>terlalu besar</translation>
    </message>
    <message>
        <source>made for another amendment of this package that is also version {version} (manifest {sha}, not {used}): two different amendments with the same version; ask the secretariat which one is in force</source>
        <translation>dibuat untuk perubahan lain paket ini yang juga versi {version} (manifest {sha}, bukan {used}): dua perubahan berbeda dengan versi yang sama; tanyakan kepada sekretariat mana yang berlaku</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>the same content as {name}; counted once</source>
        <translation>isinya sama dengan {name}; dihitung sekali</translation>
    </message>
    <message>
        <source>not a readable merged file ({problem})</source>
        <translation>bukan file gabungan yang dapat dibaca ({problem})</translation>
    </message>
    <message>
        <source>bad signature: the merged file was changed after the chair signed it</source>
        <translation>tanda tangan tidak valid: file gabungan diubah setelah ditandatangani ketua</translation>
    </message>
    <message>
        <source>made by a newer version of Juri (schema {schema}); update Juri</source>
        <translation>dibuat dengan versi Juri yang lebih baru (skema {schema}); perbarui Juri</translation>
    </message>
    <message>
        <source>signed, but not a valid merged file ({problem})</source>
        <translation>bertanda tangan, tetapi bukan file gabungan yang valid ({problem})</translation>
    </message>
    <message>
        <source>a merged file made for another version of this package (manifest {sha}), which version {version} does not name as an earlier one: a newer version, or one the secretariat did not sign as an amendment; use the newest version of the package</source>
        <translation>file gabungan yang dibuat untuk versi lain paket ini (manifest {sha}), yang tidak disebut versi {version} sebagai versi sebelumnya: versi lebih baru, atau versi yang tidak ditandatangani sekretariat sebagai perubahan; pakai versi terbaru paket</translation>
    </message>
    <message>
        <source>a merged file for another package ({package}), not {expected}</source>
        <translation>file gabungan untuk paket lain ({package}), bukan {expected}</translation>
    </message>
    <message>
        <source>merged file signed by the chair&apos;s key {fingerprint} ({name}); each of the %n result file(s) it carries is checked on its own</source>
        <translation>file gabungan yang ditandatangani dengan kunci ketua {fingerprint} ({name}); setiap %n file hasil di dalamnya diperiksa satu per satu</translation>
    </message>
    <message>
        <source>also version {n} of juror {id}, but different from {name}, which was made later and is used instead; ask the juror which one is right</source>
        <translation>juga versi {n} dari juri {id}, tetapi berbeda dengan {name}, yang dibuat lebih akhir sehingga itulah yang dipakai; tanyakan kepada juri mana yang benar</translation>
    </message>
    <message>
        <source>version {old} of juror {id}; version {new} ({name}) replaces it</source>
        <translation>versi {old} dari juri {id}; digantikan oleh versi {new} ({name})</translation>
    </message>
    <message>
        <source>the chair accepted this key for juror {owner} only</source>
        <translation>ketua menerima kunci ini hanya untuk juri {owner}</translation>
    </message>
    <message>
        <source>valid signature, key {fingerprint} accepted by the chair for juror {juror}; {summary}</source>
        <translation>tanda tangan valid, kunci {fingerprint} diterima oleh ketua untuk juri {juror}; {summary}</translation>
    </message>
    <message>
        <source>also version {n} of juror {id}, but different from {name}; both say they were made at {time}, so the one with the higher SHA-256 ({name}) is used, which says nothing about which is right: ask the juror</source>
        <translation>juga versi {n} dari juri {id}, tetapi berbeda dengan {name}; keduanya mengaku dibuat pada {time}, sehingga yang SHA-256-nya lebih tinggi ({name}) yang dipakai, dan itu tidak menunjukkan mana yang benar: tanyakan kepada juri</translation>
    </message>
    <message>
        <source>The merge was cancelled.</source>
        <translation>Penggabungan dibatalkan.</translation>
    </message>
    <message>
        <source>Unknown tie-break &apos;{item}&apos;: give criterion codes ({codes}), &apos;weights&apos; or &apos;evaluations&apos;.</source>
        <translation>Penentu nilai sama &apos;{item}&apos; tidak dikenal: berikan kode kriteria ({codes}), &apos;weights&apos; atau &apos;evaluations&apos;.</translation>
    </message>
    <message>
        <source>The trim must lie between 0 and {n}.</source>
        <translation>Jumlah yang dibuang (trim) harus antara 0 dan {n}.</translation>
    </message>
    <message>
        <source>The disagreement threshold must be 0 or more.</source>
        <translation>Ambang perbedaan penilaian harus 0 atau lebih.</translation>
    </message>
    <message>
        <source>The passing grade must lie between 0 and 100.</source>
        <translation>Ambang kelulusan harus antara 0 dan 100.</translation>
    </message>
    <message>
        <source>The minimum number of complete evaluations must lie between 1 and {n}.</source>
        <translation>Jumlah minimal penilaian selesai harus antara 1 dan {n}.</translation>
    </message>
    <message>
        <source>%n file(s) were made for another amendment of package {id} that is also version {version}: {names}. The secretariat signed two different amendments with the same version: ask it which one is in force</source>
        <translation>%n file dibuat untuk perubahan lain paket {id} yang juga versi {version}: {names}. Sekretariat menandatangani dua perubahan berbeda dengan versi yang sama: tanyakan kepadanya mana yang berlaku</translation>
    </message>
    <message>
        <source>%n file(s) were made for another version of package {id} than version {version} used here, most likely a newer one: {names}</source>
        <translation>%n file dibuat untuk versi lain paket {id} daripada versi {version} yang dipakai di sini, kemungkinan besar versi yang lebih baru: {names}</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Use the newest version of the package (results made for its earlier versions count under it); nothing was written.</source>
        <translation>Pakai versi terbaru paket (hasil yang dibuat untuk versi sebelumnya tetap dihitung di bawahnya); tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>equal to the neighbour&apos;s score at two decimals</source>
        <translation>sama dengan nilai tetangganya pada dua desimal</translation>
    </message>
    <message>
        <source>tie: nothing separates the scores</source>
        <translation>seri: tidak ada yang memisahkan nilainya</translation>
    </message>
    <message>
        <source>placed by {key}</source>
        <translation>ditentukan oleh {key}</translation>
    </message>
    <message>
        <source>The merged file could not be written to {path}: {error}</source>
        <translation>File gabungan tidak dapat ditulis ke {path}: {error}</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>merged file</source>
        <translation>file gabungan</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>digantikan</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>rusak</translation>
    </message>
    <message>
        <source>for another package</source>
        <translation>untuk paket lain</translation>
    </message>
    <message>
        <source>juror not in roster</source>
        <translation>juri tidak ada di daftar juri</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>kunci tidak dikenal</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>tidak ditugaskan</translation>
    </message>
    <message>
        <source>{name} cannot replace version {version} of the package open: {problem}.</source>
        <translation>{name} tidak bisa menggantikan versi {version} paket yang terbuka: {problem}.</translation>
    </message>
    <message>
        <source>Open the package the results are for first.</source>
        <translation>Buka dahulu paket yang menjadi dasar hasil penilaian.</translation>
    </message>
</context>
<context>
    <name>MergedFile</name>
    <message>
        <source>this is not a Juri merged file</source>
        <translation>ini bukan file gabungan Juri</translation>
    </message>
    <message>
        <source>does not match the embedded result</source>
        <translation>tidak cocok dengan hasil yang disertakan</translation>
    </message>
    <message>
        <source>labelled juror {label} version {n}, but the result it carries is juror {juror} version {sequence}</source>
        <translation>diberi label juri {label} versi {n}, tetapi hasil yang dimuatnya adalah juri {juror} versi {sequence}</translation>
    </message>
    <message>
        <source>is not the fingerprint of the key in the result it labels</source>
        <translation>bukan sidik kunci dari kunci dalam hasil yang diberi label</translation>
    </message>
    <message>
        <source>unknown decision</source>
        <translation>keputusan tidak dikenal</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>mean of the weighted totals</source>
        <translation>rata-rata nilai total berbobot</translation>
    </message>
    <message>
        <source>median of the weighted totals</source>
        <translation>median nilai total berbobot</translation>
    </message>
    <message>
        <source>trimmed mean of the weighted totals</source>
        <translation>rata-rata terpangkas nilai total berbobot</translation>
    </message>
    <message>
        <source>mean of per-juror z-scores, on the 0–100 scale</source>
        <translation>rata-rata skor z per juri, pada skala 0–100</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>it contains a control character</source>
        <translation>nama itu memuat karakter kendali</translation>
    </message>
    <message>
        <source>it contains the invisible character {code}, which can make a name read as another (photo.exe as photo.jpg)</source>
        <translation>nama itu memuat karakter tak terlihat {code}, yang dapat membuat nama terbaca sebagai nama lain (photo.exe sebagai photo.jpg)</translation>
    </message>
    <message>
        <source>it contains a character Windows reserves (\ &lt; &gt; : &quot; | ? *)</source>
        <translation>nama itu memuat karakter yang dicadangkan Windows (\ &lt; &gt; : &quot; | ? *)</translation>
    </message>
    <message>
        <source>it is absolute or has an empty part</source>
        <translation>nama itu absolut atau memiliki bagian kosong</translation>
    </message>
    <message>
        <source>it has a &apos;.&apos; or &apos;..&apos; part</source>
        <translation>nama itu memiliki bagian &apos;.&apos; atau &apos;..&apos;</translation>
    </message>
    <message>
        <source>a part of it ends in a dot or a space, which Windows drops</source>
        <translation>salah satu bagiannya diakhiri titik atau spasi, yang dibuang oleh Windows</translation>
    </message>
    <message>
        <source>a part of it is a device name on Windows (CON, PRN, AUX, NUL, COM1, LPT1 …)</source>
        <translation>salah satu bagiannya adalah nama perangkat di Windows (CON, PRN, AUX, NUL, COM1, LPT1 …)</translation>
    </message>
    <message>
        <source>it names a folder, not just a file</source>
        <translation>nama itu menyebut folder, bukan hanya berkas</translation>
    </message>
    <message>
        <source>it is not in Unicode normal form C</source>
        <translation>nama itu tidak dalam bentuk normal Unicode C</translation>
    </message>
    <message>
        <source>it does not end in {suffixes}</source>
        <translation>nama itu tidak berakhiran {suffixes}</translation>
    </message>
</context>
<context>
    <name>NextRound</name>
    <message>
        <source>{name} is signed by the key {actual}, not by the chair&apos;s key {expected}. Nothing was written.</source>
        <translation>{name} ditandatangani dengan kunci {actual}, bukan kunci ketua {expected}. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>{name} is a merged file, but not byte for byte as Juri wrote it (was it saved again by another program?): the next round records the SHA-256 of the file the chair signed, so give that file.</source>
        <translation>{name} adalah file gabungan, tetapi tidak persis byte demi byte seperti yang ditulis Juri (disimpan ulang oleh program lain?): tahap berikutnya mencatat SHA-256 file yang ditandatangani ketua tim panel, jadi berikan file itu.</translation>
    </message>
    <message>
        <source>{juror} declared a conflict of interest for {code} in round {round} and is assigned to it again; if the conflict still holds, give --assignments without that pair.</source>
        <translation>{juror} menyatakan konflik kepentingan untuk {code} pada tahap {round} dan ditugaskan lagi untuk proposal itu; bila konflik itu masih berlaku, berikan --assignments tanpa pasangan itu.</translation>
    </message>
    <message>
        <source>{name} is too large to be a merged file.</source>
        <translation>{name} terlalu besar untuk sebuah file gabungan.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Tidak dapat membaca {path}: {error}</translation>
    </message>
</context>
<context>
    <name>OsError</name>
    <message>
        <source>no such file or folder</source>
        <translation>file atau folder itu tidak ada</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>tidak ada izin</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>itu folder, bukan file</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>sebagian lokasinya bukan folder</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk hanya dapat dibaca</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>namanya terlalu panjang</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Tidak dapat membaca {path}: {error}</translation>
    </message>
    <message>
        <source>The file is too large to be a package.</source>
        <translation>File terlalu besar untuk sebuah paket.</translation>
    </message>
    <message>
        <source>{name} is not a Juri package (it is not a zip archive).</source>
        <translation>{name} bukan paket Juri (bukan arsip zip).</translation>
    </message>
    <message>
        <source>The package is damaged and cannot be read ({error}).</source>
        <translation>Paket rusak dan tidak dapat dibaca ({error}).</translation>
    </message>
    <message>
        <source>{name} is not a Juri package: it has no manifest.json.</source>
        <translation>{name} bukan paket Juri: tidak ada manifest.json.</translation>
    </message>
    <message>
        <source>The package is not signed: manifest.sig is missing.</source>
        <translation>Paket tidak ditandatangani: manifest.sig tidak ada.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid: {problem}</source>
        <translation>Manifest paket tidak valid: {problem}</translation>
    </message>
    <message>
        <source>Opening the package was cancelled.</source>
        <translation>Pembukaan paket dibatalkan.</translation>
    </message>
    <message>
        <source>The package has more than {n} entries.</source>
        <translation>Paket berisi lebih dari {n} entri.</translation>
    </message>
    <message>
        <source>The package contains a link ({name}); packages hold files only.</source>
        <translation>Paket berisi tautan ({name}); paket hanya boleh berisi file.</translation>
    </message>
    <message>
        <source>The package&apos;s entry {name} is marked as a program or a special file; packages hold plain files only.</source>
        <translation>Entri paket {name} ditandai sebagai program atau berkas khusus; paket hanya memuat berkas biasa.</translation>
    </message>
    <message>
        <source>The package&apos;s entry {name} is marked hidden, as a system file or as a folder for Windows; packages hold plain files only.</source>
        <translation>Entri paket {name} ditandai tersembunyi, sebagai berkas sistem, atau sebagai folder bagi Windows; paket hanya memuat berkas biasa.</translation>
    </message>
    <message>
        <source>The package contains an encrypted entry ({name}).</source>
        <translation>Paket berisi entri terenkripsi ({name}).</translation>
    </message>
    <message>
        <source>The package&apos;s entry {name} is packed in a way Juri does not read (only stored or deflated files, in one zip file).</source>
        <translation>Entri paket {name} dikemas dengan cara yang tidak dibaca Juri (hanya berkas yang disimpan apa adanya atau dimampatkan dengan deflate, dalam satu berkas zip).</translation>
    </message>
    <message>
        <source>{name} is larger than the limit of {mb} MB.</source>
        <translation>{name} melebihi batas {mb} MB.</translation>
    </message>
    <message>
        <source>{name} expands far beyond its packed size (a compression bomb).</source>
        <translation>{name} mengembang jauh melampaui ukuran terkompresinya (bom kompresi).</translation>
    </message>
    <message>
        <source>The package&apos;s files add up to more than the limit of {gb} GB.</source>
        <translation>Total ukuran file dalam paket melebihi batas {gb} GB.</translation>
    </message>
    <message>
        <source>{name} is larger than the limit of {kb} KB.</source>
        <translation>{name} melebihi batas {kb} KB.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid JSON: {problem}</source>
        <translation>Manifest paket bukan JSON yang valid: {problem}</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not a JSON object.</source>
        <translation>Manifest paket bukan objek JSON.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Juri (schema {schema}). Update Juri to open it.</source>
        <translation>Paket dibuat dengan versi Juri yang lebih baru (skema {schema}). Perbarui Juri untuk membukanya.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not in canonical form, so it was not written by Juri.</source>
        <translation>Manifest paket tidak dalam bentuk kanonis, sehingga tidak mungkin ditulis oleh Juri.</translation>
    </message>
    <message>
        <source>The package&apos;s signature is not valid: it was changed after the secretariat signed it, or it is damaged.</source>
        <translation>Tanda tangan paket tidak valid: paket diubah setelah ditandatangani sekretariat, atau paket rusak.</translation>
    </message>
    <message>
        <source>The file {path} listed in the manifest is missing.</source>
        <translation>File {path} yang tercantum dalam manifest tidak ada.</translation>
    </message>
    <message>
        <source>The package is damaged: the packed data of {path} does not give what its directory entry says.</source>
        <translation>Paket rusak: data terkemas {path} tidak menghasilkan apa yang disebut entri direktorinya.</translation>
    </message>
    <message>
        <source>The file {path} has {actual} bytes, but the manifest says {expected}.</source>
        <translation>File {path} berukuran {actual} byte, tetapi menurut manifest {expected}.</translation>
    </message>
    <message>
        <source>The package contains a file name it may not hold: {name} ({problem})</source>
        <translation>Paket memuat nama berkas yang tidak boleh ada di dalamnya: {name} ({problem})</translation>
    </message>
    <message>
        <source>The package&apos;s entry {name} carries a comment; Juri writes none.</source>
        <translation>Entri paket {name} membawa komentar; Juri tidak pernah menulisnya.</translation>
    </message>
    <message>
        <source>The package contains {name} twice (as {twin} too: names that differ only in case or Unicode form are one file on Windows and macOS).</source>
        <translation>Paket memuat {name} dua kali (juga sebagai {twin}: nama yang hanya berbeda huruf besar-kecil atau bentuk Unicode-nya adalah satu berkas di Windows dan macOS).</translation>
    </message>
    <message>
        <source>it has no secretariat</source>
        <translation>manifes tidak menyebut sekretariat</translation>
    </message>
    <message>
        <source>The package&apos;s manifest names no valid secretariat key ({problem}).</source>
        <translation>Manifes paket tidak menyebut kunci sekretariat yang sah ({problem}).</translation>
    </message>
    <message>
        <source>The package contains a file the manifest does not list: {path}</source>
        <translation>Paket berisi file yang tidak tercantum dalam manifest: {path}</translation>
    </message>
    <message>
        <source>The package is too large.</source>
        <translation>Paket terlalu besar.</translation>
    </message>
    <message>
        <source>The file {path} was changed after the secretariat signed the package (its SHA-256 does not match).</source>
        <translation>File {path} diubah setelah sekretariat menandatangani paket (SHA-256-nya tidak cocok).</translation>
    </message>
    <message>
        <source>The package holds bytes that belong to no part of the zip (at byte {offset}): it was changed after it was built.</source>
        <translation>Paket memuat bita yang bukan bagian dari zip mana pun (pada bita ke-{offset}): paket diubah setelah dibuat.</translation>
    </message>
    <message>
        <source>The package is damaged: the header of {path} does not match the package&apos;s directory.</source>
        <translation>Paket rusak: kepala berkas {path} tidak cocok dengan daftar isi paket.</translation>
    </message>
    <message>
        <source>The package is damaged: the file {path} is cut short.</source>
        <translation>Paket rusak: berkas {path} terpotong.</translation>
    </message>
    <message>
        <source>The package has a comment or bytes after its end: it was changed after it was built.</source>
        <translation>Paket memiliki komentar atau bita setelah akhirnya: paket diubah setelah dibuat.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
</context>
<context>
    <name>PackageView</name>
    <message>
        <source>Submission</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>Pr&amp;oposal</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <source>V&amp;ideo</source>
        <translation>V&amp;ideo</translation>
    </message>
    <message>
        <source>Field visi&amp;t</source>
        <translation>Kunjungan &amp;lapangan</translation>
    </message>
    <message>
        <source>Intervie&amp;w notes</source>
        <translation>Catatan &amp;wawancara</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <source>No package is open in this workspace yet; open one first (juri workspace import PKG, or File → Open package… in the app).</source>
        <translation>Belum ada paket yang terbuka di ruang kerja ini; buka paket terlebih dahulu (juri workspace import PAKET, atau Berkas → Buka paket… di aplikasi).</translation>
    </message>
    <message>
        <source>Say which package with --package: this workspace has %n package(s): {ids}.</source>
        <translation>Sebutkan paketnya dengan --package: ruang kerja ini memiliki %n paket: {ids}.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the start of several package ids: {ids}. Give more of it.</source>
        <translation>&apos;{id}&apos; adalah awal dari beberapa id paket: {ids}. Tulis lebih lengkap.</translation>
    </message>
    <message>
        <source>There is no package &apos;{id}&apos; in this workspace; it has: {ids}.</source>
        <translation>Tidak ada paket &apos;{id}&apos; di ruang kerja ini; yang ada: {ids}.</translation>
    </message>
    <message>
        <source>{name} is too large to show in Juri ({mb} MB). Ask the secretariat for a smaller copy.</source>
        <translation>{name} terlalu besar untuk ditampilkan di Juri ({mb} MB). Mintalah salinan yang lebih kecil kepada sekretariat.</translation>
    </message>
    <message>
        <source>There is no package &apos;{id}&apos; in this workspace.</source>
        <translation>Tidak ada paket &apos;{id}&apos; di ruang kerja ini.</translation>
    </message>
    <message>
        <source>This package&apos;s roster does not contain your key ({fingerprint}). Send your public key file to the secretariat and ask for a package that includes you.</source>
        <translation>Daftar juri dalam paket ini tidak memuat kunci Anda ({fingerprint}). Kirim file kunci publik Anda kepada sekretariat dan mintalah paket yang mencantumkan Anda.</translation>
    </message>
    <message>
        <source>This package assigns no submission to you ({id}).</source>
        <translation>Paket ini tidak menugaskan proposal apa pun kepada Anda ({id}).</translation>
    </message>
    <message>
        <source>This is version {old} of package {id}; your workspace holds version {held}, which already includes everything in it. Nothing was changed.</source>
        <translation>Ini versi {old} paket {id}; ruang kerja Anda menyimpan versi {held}, yang sudah mencakup semua isinya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Your workspace holds another version {version} of package {id}: the secretariat signed two different amendments with the same version. Ask it which one is in force. Nothing was changed.</source>
        <translation>Ruang kerja Anda memegang versi {version} lain dari paket {id}: sekretariat menandatangani dua perubahan berbeda dengan versi yang sama. Tanyakan kepadanya mana yang berlaku. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A different package with the same id ({id}) is already in your workspace; the secretariat must give a new package a new id.</source>
        <translation>Paket lain dengan ID yang sama ({id}) sudah ada di ruang kerja Anda; sekretariat harus memberi paket baru ID yang baru.</translation>
    </message>
    <message>
        <source>Version {version} of package {id} cannot replace the version in your workspace: {problem}. Nothing was changed; ask the secretariat.</source>
        <translation>Versi {version} paket {id} tidak bisa menggantikan versi di ruang kerja Anda: {problem}. Tidak ada yang diubah; tanyakan kepada sekretariat.</translation>
    </message>
    <message>
        <source>Opening the package was cancelled.</source>
        <translation>Pembukaan paket dibatalkan.</translation>
    </message>
    <message>
        <source>Cannot copy the package {path} into the workspace: {error}</source>
        <translation>Tidak dapat menyalin paket {path} ke ruang kerja: {error}</translation>
    </message>
</context>
<context>
    <name>PactPage</name>
    <message>
        <source>Integrity pact</source>
        <translation>Pakta integritas</translation>
    </message>
    <message>
        <source>Your acceptance is recorded and goes into your signed results.</source>
        <translation>Persetujuan Anda dicatat dan dicantumkan dalam hasil Anda yang ditandatangani.</translation>
    </message>
    <message>
        <source>I have read the integrity pact and &amp;accept it</source>
        <translation>Saya telah membaca pakta integritas dan &amp;menyetujuinya</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>The PDF cannot be laid out on A4 pages: a text in it is too long for one page (a name, a place or a title of thousands of characters). Shorten it and try again; nothing was written.</source>
        <translation>PDF tidak dapat ditata pada halaman A4: ada teks yang terlalu panjang untuk satu halaman (nama, tempat, atau judul ribuan karakter). Perpendek teks itu lalu coba lagi; tidak ada yang ditulis.</translation>
    </message>
</context>
<context>
    <name>PaperBand</name>
    <message>
        <source>Stop paper &amp;mode</source>
        <translation>&amp;Hentikan mode kertas</translation>
    </message>
    <message>
        <source>Paper mode</source>
        <translation>Mode kertas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paper mode&lt;/b&gt; – typing in the paper sheet of {code} ({juror}): the scores you enter for it are recorded as coming from paper.</source>
        <translation>&lt;b&gt;Mode kertas&lt;/b&gt; – mengetik lembar kertas {code} ({juror}): nilai yang Anda masukkan untuknya dicatat sebagai berasal dari kertas.</translation>
    </message>
    <message>
        <source>The submission shown now is {shown}, not the sheet&apos;s.</source>
        <translation>Proposal yang tampil sekarang adalah {shown}, bukan milik lembar ini.</translation>
    </message>
</context>
<context>
    <name>PaperSheetDialog</name>
    <message>
        <source>Type in a paper sheet</source>
        <translation>Ketik dari lembar kertas</translation>
    </message>
    <message>
        <source>Scan the QR code on the evaluation sheet, or type the code printed under &lt;i&gt;Sheet code&lt;/i&gt;, then press Enter.</source>
        <translation>Pindai kode QR pada lembar penilaian, atau ketik kode yang tercetak di bawah &lt;i&gt;Kode lembar&lt;/i&gt;, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Sheet code</source>
        <translation>Kode lembar</translation>
    </message>
    <message>
        <source>Problem with the sheet code</source>
        <translation>Masalah pada kode lembar</translation>
    </message>
    <message>
        <source>&amp;Open the sheet&apos;s submission</source>
        <translation>&amp;Buka proposal lembar ini</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>it needs a password to open: save it again without an open password (jurors could not read it)</source>
        <translation>file ini memerlukan kata sandi untuk dibuka: simpan ulang tanpa kata sandi pembuka (juri tidak akan dapat membacanya)</translation>
    </message>
    <message>
        <source>it is locked with a protection the PDF viewer does not support: save it again without protection</source>
        <translation>file ini dikunci dengan perlindungan yang tidak didukung penampil PDF: simpan ulang tanpa perlindungan</translation>
    </message>
    <message>
        <source>it is damaged or incomplete (perhaps cut short while copied or downloaded): get the file again</source>
        <translation>file ini rusak atau tidak lengkap (mungkin terpotong saat disalin atau diunduh): ambil ulang filenya</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>file ini tidak memiliki halaman</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The PDF could not be read: {error}</source>
        <translation>PDF tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>Penyimpanan dibatalkan.</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {error}. Any earlier file there is unchanged.</source>
        <translation>PDF tidak dapat ditulis ke {path}: {error}. File sebelumnya di sana tidak berubah.</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Membuat PDF…</translation>
    </message>
    <message>
        <source>The PDF that was made cannot be read back.</source>
        <translation>PDF yang dibuat tidak dapat dibaca kembali.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Pencetakan dibatalkan.</translation>
    </message>
    <message>
        <source>Sent to the printer: {title}, {pages} pages.</source>
        <translation>Dikirim ke printer: {title}, {pages} halaman.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and chosen in the print dialog, or save the PDF and print it from there.</source>
        <translation>Printer tidak dapat dimulai. Periksa apakah printer tersambung dan dipilih di dialog cetak, atau simpan PDF-nya dan cetak dari sana.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>{scored} of {assigned} scored</source>
        <translation>{scored} dari {assigned} dinilai</translation>
    </message>
    <message>
        <source>{scored} of {assigned} scored, {recused} with a conflict of interest</source>
        <translation>{scored} dari {assigned} dinilai, {recused} konflik kepentingan</translation>
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
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sesuai lebar</translation>
    </message>
    <message>
        <source>Fit the pages to the width of the view</source>
        <translation>Sesuaikan halaman dengan lebar tampilan</translation>
    </message>
    <message>
        <source>Find in proposal</source>
        <translation>Cari dalam proposal</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Hasil berikutnya</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Hasil sebelumnya</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>Buka di program lain</translation>
    </message>
    <message>
        <source>This PDF cannot be shown in Juri ({name}). Open it in another program to read it.</source>
        <translation>PDF ini tidak dapat ditampilkan di Juri ({name}). Buka di program lain untuk membacanya.</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>dari {n}</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>{i} of {n}</source>
        <translation>{i} dari {n}</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Question {n}</source>
        <translation>Pertanyaan {n}</translation>
    </message>
    <message>
        <source>Question {n}: what the panel asked</source>
        <translation>Pertanyaan {n}: apa yang ditanyakan panel</translation>
    </message>
    <message>
        <source>Notes on the answer to question {n}</source>
        <translation>Catatan atas jawaban pertanyaan {n}</translation>
    </message>
    <message>
        <source>What the answer said, what it left out</source>
        <translation>Isi jawaban, dan apa yang tidak dijawab</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>not ranked: {complete} of {expected} evaluations ({minimum} needed: assign another juror)</source>
        <translation>tidak diperingkat: {complete} dari {expected} penilaian (perlu {minimum}: tugaskan juri lain)</translation>
    </message>
    <message>
        <source>not ranked: {complete} of {expected} evaluations ({minimum} needed)</source>
        <translation>tidak diperingkat: {complete} dari {expected} penilaian (perlu {minimum})</translation>
    </message>
    <message>
        <source>to the mean of the jurors&apos; weighted totals, whatever method ranks</source>
        <translation>untuk rata-rata nilai akhir tertimbang para juri, apa pun metode pemeringkatannya</translation>
    </message>
</context>
<context>
    <name>Recap</name>
    <message>
        <source>weighted total (0–100)</source>
        <translation>nilai akhir tertimbang (0–100)</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>passing grade {grade}</source>
        <translation>batas lulus {grade}</translation>
    </message>
    <message>
        <source>mean of the jurors&apos; weighted totals</source>
        <translation>rata-rata nilai akhir tertimbang para juri</translation>
    </message>
    <message>
        <source>median of the jurors&apos; weighted totals</source>
        <translation>median nilai akhir tertimbang para juri</translation>
    </message>
    <message>
        <source>trimmed mean of the jurors&apos; weighted totals</source>
        <translation>rata-rata terpangkas nilai akhir tertimbang para juri</translation>
    </message>
    <message>
        <source>mean of the totals after per-juror z-score normalisation</source>
        <translation>rata-rata nilai akhir setelah normalisasi skor-z per juri</translation>
    </message>
    <message>
        <source>Signed record of the panel – {package}</source>
        <translation>Berita acara tim panel – {package}</translation>
    </message>
    <message>
        <source>Signed record</source>
        <translation>Berita Acara</translation>
    </message>
    <message>
        <source>Overall ranking</source>
        <translation>Peringkat keseluruhan</translation>
    </message>
    <message>
        <source>Ranking per group</source>
        <translation>Peringkat per kelompok</translation>
    </message>
    <message>
        <source>Ranking per cluster</source>
        <translation>Peringkat per kluster</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Tidak diperingkat</translation>
    </message>
    <message>
        <source>Disagreements between jurors</source>
        <translation>Perbedaan penilaian antarjuri</translation>
    </message>
    <message>
        <source>Agreement between jurors (reliability)</source>
        <translation>Kesepakatan antarjuri (reliabilitas)</translation>
    </message>
    <message>
        <source>Spread of each juror&apos;s totals</source>
        <translation>Sebaran nilai akhir setiap juri</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>File hasil</translation>
    </message>
    <message>
        <source>Decisions of the panel</source>
        <translation>Keputusan tim panel</translation>
    </message>
    <message>
        <source>Recapitulation and ranking of the scores · {round}</source>
        <translation>Rekapitulasi dan peringkat hasil penilaian · {round}</translation>
    </message>
    <message>
        <source>On {date}, at {place}, the panel of {competition} met on the {round} round, which is not complete. It recapitulated the scores in the jurors&apos; signed result files ({accepted} accepted after verification) and ranked {ranked} of {total} submissions, as set out below.</source>
        <translation>Pada {date}, bertempat di {place}, tim panel {competition} bersidang untuk tahap {round}, yang belum selesai. Tim panel merekapitulasi nilai dari file hasil para juri yang ditandatangani ({accepted} diterima setelah diverifikasi) dan memeringkat {ranked} dari {total} proposal, dengan rincian sebagai berikut.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Passing grade</source>
        <translation>Nilai batas lulus</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Beda pendapat</translation>
    </message>
    <message>
        <source>spread above {points} points</source>
        <translation>selisih lebih dari {points} poin</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>{total} ({ranked} ranked)</source>
        <translation>{total} ({ranked} diperingkat)</translation>
    </message>
    <message>
        <source>{accepted} accepted, {refused} refused</source>
        <translation>{accepted} diterima, {refused} ditolak</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Kelulusan</translation>
    </message>
    <message>
        <source>{grade}, applied {rule}</source>
        <translation>{grade}, berlaku {rule}</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Nilai sama</translation>
    </message>
    <message>
        <source>Merged file</source>
        <translation>File gabungan</translation>
    </message>
    <message>
        <source>SHA-256 {digest}</source>
        <translation>SHA-256 {digest}</translation>
    </message>
    <message>
        <source>{accepted} accepted, {aside} set aside (older versions or copies), {refused} refused</source>
        <translation>{accepted} diterima, {aside} dikesampingkan (versi lama atau salinan), {refused} ditolak</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>lulus</translation>
    </message>
    <message>
        <source>mean of totals {mean}</source>
        <translation>rata-rata nilai akhir {mean}</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>beda pendapat</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Innovation, agency, group and cluster</source>
        <translation>Inovasi, instansi, kelompok, dan kluster</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Kelompok: {name}</translation>
    </message>
    <message>
        <source>Cluster: {name}</source>
        <translation>Kluster: {name}</translation>
    </message>
    <message>
        <source>On {date}, at {place}, the panel of {competition} completed the {round} round. It recapitulated the scores in the jurors&apos; signed result files ({accepted} accepted after verification) and ranked the submissions ({ranked} in all), as set out below.</source>
        <translation>Pada {date}, bertempat di {place}, tim panel {competition} telah menyelesaikan tahap {round}. Tim panel merekapitulasi nilai dari file hasil para juri yang ditandatangani ({accepted} diterima setelah diverifikasi) dan memeringkat proposal ({ranked} seluruhnya), dengan rincian sebagai berikut.</translation>
    </message>
    <message>
        <source>Submissions that take no place for want of {minimum} complete evaluations: %n (section “Not ranked”).</source>
        <translation>Proposal yang tidak mendapat peringkat karena belum memiliki {minimum} penilaian selesai: %n (bagian “Tidak diperingkat”).</translation>
    </message>
    <message>
        <source>{n} ranked</source>
        <translation>{n} diperingkat</translation>
    </message>
    <message>
        <source>Innovation and agency</source>
        <translation>Inovasi dan instansi</translation>
    </message>
    <message>
        <source>passing grade {grade}: above this line, the submissions that reach it</source>
        <translation>nilai batas lulus {grade}: di atas garis ini, proposal yang mencapainya</translation>
    </message>
    <message>
        <source>Shaded rows reach the passing grade of {grade}.</source>
        <translation>Baris berlatar mencapai nilai batas lulus {grade}.</translation>
    </message>
    <message>
        <source>The grade applies to the mean of the jurors&apos; totals, not to the score that ranks, so the shaded rows need not be the first ones.</source>
        <translation>Batas lulus berlaku untuk rata-rata nilai akhir para juri, bukan untuk nilai yang memeringkat, sehingga baris berlatar tidak harus berada paling atas.</translation>
    </message>
    <message>
        <source>Scores with more than two decimals look equal to a neighbour at two; the decimals shown are those that separate them.</source>
        <translation>Nilai dengan lebih dari dua desimal tampak sama dengan tetangganya pada dua desimal; desimal yang ditampilkan itulah yang membedakannya.</translation>
    </message>
    <message>
        <source>{flag} marks submissions whose jurors disagree beyond the threshold; see the disagreements below.</source>
        <translation>{flag} menandai proposal yang nilai para jurinya berselisih melebihi ambang; lihat perbedaan penilaian di bawah.</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Tafsiran</translation>
    </message>
    <message>
        <source>No submission&apos;s jurors disagree beyond the threshold.</source>
        <translation>Tidak ada proposal yang nilainya berselisih melebihi ambang antarjuri.</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>Jurors&apos; totals</source>
        <translation>Nilai akhir juri</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Submissions whose jurors&apos; totals lie more than {points} points apart:</source>
        <translation>Proposal yang nilai akhir para jurinya berselisih lebih dari {points} poin:</translation>
    </message>
    <message>
        <source>Submissions whose jurors disagree:</source>
        <translation>Proposal yang nilai para jurinya berselisih:</translation>
    </message>
    <message>
        <source>Each dot is one total a juror gave; the box holds the middle half of them, the thick line is the median, the whiskers reach the lowest and the highest. Recusals and unfinished evaluations are left out.</source>
        <translation>Setiap titik adalah satu nilai akhir yang diberikan juri; kotak memuat separuh nilai di tengah, garis tebal adalah median, dan garis tepi menjangkau nilai terendah dan tertinggi. Pengunduran diri dan penilaian yang belum selesai tidak disertakan.</translation>
    </message>
    <message>
        <source>Juror and key fingerprint</source>
        <translation>Juri dan sidik kunci</translation>
    </message>
    <message>
        <source>File, version and SHA-256</source>
        <translation>File, versi, dan SHA-256</translation>
    </message>
    <message>
        <source>version {n} · SHA-256 {digest}</source>
        <translation>versi {n} · SHA-256 {digest}</translation>
    </message>
    <message>
        <source>No result file was accepted.</source>
        <translation>Tidak ada file hasil yang diterima.</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>File and juror</source>
        <translation>File dan juri</translation>
    </message>
    <message>
        <source>Status and reason</source>
        <translation>Status dan alasan</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>Assigned evaluations: {assigned}; in progress: {in_progress}, not started: {not_started}, missing (no result file accepted): {missing}.</source>
        <translation>Penilaian yang ditugaskan: {assigned}; sedang dinilai: {in_progress}, belum dimulai: {not_started}, belum ada (tidak ada berkas hasil yang diterima): {missing}.</translation>
    </message>
    <message>
        <source>complete evaluations: {n}</source>
        <translation>penilaian selesai: {n}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>the chair&apos;s key {fingerprint}: compare it with the fingerprint the chair reads out</source>
        <translation>kunci ketua {fingerprint}: cocokkan dengan sidik kunci yang dibacakan ketua</translation>
    </message>
    <message>
        <source>These submissions have fewer complete evaluations than the minimum of {n}: they take no place and do not pass.</source>
        <translation>Proposal berikut memiliki penilaian selesai kurang dari batas minimal {n}: tidak mendapat peringkat dan tidak lulus.</translation>
    </message>
    <message>
        <source>Accepted: signed by the juror&apos;s key in the package&apos;s roster (or by a key the chair accepted for that juror, marked below), for this package, the newest version of each juror.</source>
        <translation>Diterima: ditandatangani dengan kunci juri dalam daftar juri paket (atau kunci yang diterima ketua untuk juri itu, ditandai di bawah), untuk paket ini, versi terbaru setiap juri.</translation>
    </message>
    <message>
        <source>Set aside, not refused: older versions of a juror&apos;s result and copies of files already counted:</source>
        <translation>Dikesampingkan, bukan ditolak: versi lama hasil seorang juri dan salinan berkas yang sudah dihitung:</translation>
    </message>
    <message>
        <source>Refused, with the reason:</source>
        <translation>Ditolak, beserta alasannya:</translation>
    </message>
    <message>
        <source>Key accepted by the chair for this juror (compared with the juror&apos;s signed sheet); it is not the key in the package&apos;s roster.</source>
        <translation>Kunci diterima ketua untuk juri ini (dicocokkan dengan lembar bertanda tangan juri); bukan kunci dalam daftar juri paket.</translation>
    </message>
    <message>
        <source>Without an integrity pact: the juror did not accept the pact in Juri before signing this file.</source>
        <translation>Tanpa pakta integritas: juri tidak menerima pakta di Juri sebelum menandatangani file ini.</translation>
    </message>
    <message>
        <source>{place}, {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <source>Chair of the panel,</source>
        <translation>Ketua Tim Panel,</translation>
    </message>
    <message>
        <source>This record is made truthfully, to be used as required.</source>
        <translation>Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.</translation>
    </message>
    <message>
        <source>Members of the panel</source>
        <translation>Anggota tim panel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
</context>
<context>
    <name>RecapDialog</name>
    <message>
        <source>The signed record (berita acara)</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <source>The record prints the ranking of the signed merged file {name}. Leave the names empty to use the chair&apos;s key name and the jurors of the roster.</source>
        <translation>Berita acara mencetak peringkat dari file gabungan bertanda tangan {name}. Kosongkan nama untuk memakai nama pada kunci ketua dan para juri dalam daftar juri.</translation>
    </message>
    <message>
        <source>Place of the meeting</source>
        <translation>Tempat rapat</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Tempat:</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Tanggal rapat</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Tan&amp;ggal:</translation>
    </message>
    <message>
        <source>the name on the chair&apos;s key</source>
        <translation>nama pada kunci ketua</translation>
    </message>
    <message>
        <source>Name of the panel chair</source>
        <translation>Nama ketua tim panel</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Ketua:</translation>
    </message>
    <message>
        <source>one name per line; empty: the roster&apos;s jurors</source>
        <translation>satu nama per baris; kosong: para juri dalam daftar</translation>
    </message>
    <message>
        <source>Panel members who sign, one per line</source>
        <translation>Anggota tim panel yang menandatangani, satu per baris</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Anggota:</translation>
    </message>
</context>
<context>
    <name>RecapMerge</name>
    <message>
        <source>{name} is not a merged file: {problem}</source>
        <translation>{name} bukan file gabungan: {problem}</translation>
    </message>
    <message>
        <source>{name} is not a merged file (a result file? give the chair&apos;s .juri-merged.json written by &apos;juri merge&apos;).</source>
        <translation>{name} bukan file gabungan (file hasil? berikan file .juri-merged.json milik ketua yang ditulis oleh &apos;juri merge&apos;).</translation>
    </message>
    <message>
        <source>The merged file {name} was made with an earlier version of package {id} (manifest {sha}), not with this one (version {version}): give the version it was made with, or merge again with this one.</source>
        <translation>File gabungan {name} dibuat dengan versi lebih lama paket {id} (manifest {sha}), bukan dengan versi ini (versi {version}): berikan versi yang dipakai untuk membuatnya, atau gabungkan ulang dengan versi ini.</translation>
    </message>
    <message>
        <source>The merged file {name} is refused ({status}): {reason}.</source>
        <translation>File gabungan {name} ditolak ({status}): {reason}.</translation>
    </message>
    <message>
        <source>The result files given change the merge (newer or other results of {jurors}), so they would not match the signed merged file. Merge again with &apos;juri merge&apos; and use the new merged file, or leave those files out.</source>
        <translation>File hasil yang diberikan mengubah penggabungan (hasil yang lebih baru atau berbeda dari {jurors}), sehingga tidak akan sesuai dengan file gabungan yang ditandatangani. Gabungkan lagi dengan &apos;juri merge&apos; lalu gunakan file gabungan yang baru, atau jangan sertakan file-file itu.</translation>
    </message>
    <message>
        <source>The ranking signed in {name} does not follow from the results it carries (was it made by another version of Juri?). Merge again and use the new merged file.</source>
        <translation>Peringkat yang ditandatangani dalam {name} tidak sesuai dengan hasil yang dimuatnya (dibuat oleh versi Juri yang lain?). Gabungkan lagi lalu gunakan file gabungan yang baru.</translation>
    </message>
    <message>
        <source>{name} records {members} other than merging the results it carries gives: it is not a merged file as Juri writes it, so the paper could say what the merge did not. Merge again and use the new merged file.</source>
        <translation>{name} mencatat {members} secara lain daripada hasil penggabungan file hasil yang dimuatnya: ini bukan file gabungan sebagaimana ditulis Juri, sehingga kertasnya bisa menyatakan hal yang tidak dilakukan penggabungan. Gabungkan lagi lalu gunakan file gabungan yang baru.</translation>
    </message>
    <message>
        <source>must be mean, median, trimmed or zscore</source>
        <translation>harus mean, median, trimmed atau zscore</translation>
    </message>
    <message>
        <source>must be {quantity}</source>
        <translation>harus {quantity}</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>harus berupa teks</translation>
    </message>
    <message>
        <source>The settings in the merged file {name} cannot be read ({problem}).</source>
        <translation>Pengaturan dalam file gabungan {name} tidak dapat dibaca ({problem}).</translation>
    </message>
    <message>
        <source>equal to a neighbour at two decimals</source>
        <translation>sama dengan tetangganya pada dua desimal</translation>
    </message>
    <message>
        <source>placed by {key}</source>
        <translation>ditentukan oleh {key}</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>seri</translation>
    </message>
    <message>
        <source>weighted total</source>
        <translation>nilai akhir tertimbang</translation>
    </message>
    <message>
        <source>%n total(s) dropped at each end</source>
        <translation>%n nilai total dibuang di tiap ujung</translation>
    </message>
    <message>
        <source>the number of complete evaluations</source>
        <translation>jumlah penilaian yang selesai</translation>
    </message>
    <message>
        <source>Equal scores are separated by, in this order: {keys}.</source>
        <translation>Nilai yang sama dibedakan berturut-turut menurut: {keys}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-11-27.</source>
        <translation>&apos;{value}&apos; bukan tanggal; tulis sebagai TTTT-BB-HH, mis. 2026-11-27.</translation>
    </message>
    <message>
        <source>Printing the recapitulation was cancelled.</source>
        <translation>Pencetakan rekapitulasi dibatalkan.</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>no recommendation</source>
        <translation>belum ada rekomendasi</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>direkomendasikan</translation>
    </message>
    <message>
        <source>to be considered</source>
        <translation>dipertimbangkan</translation>
    </message>
    <message>
        <source>not recommended</source>
        <translation>tidak direkomendasikan</translation>
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
        <translation>tidak dibaca: proposal terlalu sedikit (%n)</translation>
    </message>
    <message>
        <source>ICC not read: too few submissions scored by the same jurors (%n)</source>
        <translation>ICC tidak dibaca: terlalu sedikit proposal yang dinilai oleh juri yang sama (%n)</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>tidak dapat dihitung</translation>
    </message>
    <message>
        <source>Too few submissions were scored by two or more jurors to measure agreement; it says nothing yet about the ranking.</source>
        <translation>Terlalu sedikit proposal yang dinilai oleh dua juri atau lebih untuk mengukur kesepakatan; belum ada yang dapat disimpulkan tentang peringkatnya.</translation>
    </message>
    <message>
        <source>Agreement could not be measured on these scores; it says nothing yet about the ranking.</source>
        <translation>Kesepakatan tidak dapat diukur dari nilai-nilai ini; belum ada yang dapat disimpulkan tentang peringkatnya.</translation>
    </message>
    <message>
        <source>The jurors agree: the ranking can rest on these scores.</source>
        <translation>Para juri sepakat: peringkat dapat bersandar pada nilai ini.</translation>
    </message>
    <message>
        <source>Use with care: discuss close places and the flagged submissions in the plenary before deciding.</source>
        <translation>Gunakan dengan hati-hati: bahas peringkat yang berdekatan dan proposal yang ditandai dalam rapat pleno sebelum memutuskan.</translation>
    </message>
    <message>
        <source>The jurors do not agree: the scores say much about who scored. Before deciding, discuss the disagreements, add a third juror where a pair differs widely, and go through the rubric&apos;s descriptors with the jurors.</source>
        <translation>Para juri tidak sepakat: nilai lebih banyak mencerminkan siapa yang menilai. Sebelum memutuskan, bahas perbedaan penilaian, tambahkan juri ketiga bila sepasang juri berselisih jauh, dan tinjau kembali deskriptor rubrik bersama para juri.</translation>
    </message>
    <message>
        <source>Single jurors agree less (α): the ranking rests on several jurors per submission, so keep every submission at the minimum of complete evaluations and discuss the disagreements.</source>
        <translation>Juri secara perorangan kurang sepakat (α): peringkat bersandar pada beberapa juri per proposal, jadi pastikan setiap proposal memenuhi jumlah minimal penilaian selesai dan bahas perbedaan penilaian.</translation>
    </message>
    <message>
        <source>A value below 0 means less agreement than chance: check whether a juror read the scale the wrong way round.</source>
        <translation>Nilai di bawah 0 berarti kesepakatan lebih rendah daripada kebetulan: periksa apakah ada juri yang membaca skala secara terbalik.</translation>
    </message>
    <message>
        <source>reliable (0.800 or more)</source>
        <translation>andal (0,800 atau lebih)</translation>
    </message>
    <message>
        <source>tentative conclusions only (0.667–0.800)</source>
        <translation>hanya untuk kesimpulan sementara (0,667–0,800)</translation>
    </message>
    <message>
        <source>unreliable (below 0.667)</source>
        <translation>tidak andal (di bawah 0,667)</translation>
    </message>
    <message>
        <source>excellent (above 0.90)</source>
        <translation>sangat baik (di atas 0,90)</translation>
    </message>
    <message>
        <source>good (0.75–0.90)</source>
        <translation>baik (0,75–0,90)</translation>
    </message>
    <message>
        <source>moderate (0.50–0.75)</source>
        <translation>sedang (0,50–0,75)</translation>
    </message>
    <message>
        <source>poor (below 0.50)</source>
        <translation>buruk (di bawah 0,50)</translation>
    </message>
    <message>
        <source>Readings: Krippendorff&apos;s alpha by Krippendorff (2004): 0.800 or more reliable, 0.667–0.800 tentative conclusions only, below 0.667 unreliable. ICC by Koo &amp; Li (2016): below 0.50 poor, 0.50–0.75 moderate, 0.75–0.90 good, above 0.90 excellent; the ICC read is that of the jurors&apos; mean (ICC2k when every juror scored the submissions, ICC1k when they share them out), as the ranking averages jurors.</source>
        <translation>Tafsiran: alpha Krippendorff menurut Krippendorff (2004): 0,800 atau lebih andal, 0,667–0,800 hanya untuk kesimpulan sementara, di bawah 0,667 tidak andal. ICC menurut Koo &amp; Li (2016): di bawah 0,50 buruk, 0,50–0,75 sedang, 0,75–0,90 baik, di atas 0,90 sangat baik; ICC yang ditafsirkan adalah ICC rata-rata para juri (ICC2k bila setiap juri menilai semua proposal, ICC1k bila proposal dibagi di antara juri), karena peringkat merata-ratakan nilai para juri.</translation>
    </message>
    <message>
        <source>The jurors do not agree on {codes}: go through these criteria&apos;s descriptors with them.</source>
        <translation>Para juri tidak sepakat pada {codes}: tinjau kembali deskriptor kriteria tersebut bersama mereka.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Halaman {number} dari {total}</translation>
    </message>
    <message>
        <source>Package {package} · printed {when}</source>
        <translation>Paket {package} · dicetak {when}</translation>
    </message>
    <message>
        <source>camera time</source>
        <translation>waktu kamera</translation>
    </message>
    <message>
        <source>{name} · SHA-256 {sha}… · taken {taken} · at {place}</source>
        <translation>{name} · SHA-256 {sha}… · diambil {taken} · di {place}</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>this is not a Juri result file</source>
        <translation>ini bukan file hasil Juri</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal characters</source>
        <translation>harus berupa 64 karakter heksadesimal huruf kecil</translation>
    </message>
    <message>
        <source>submission {code} is evaluated twice</source>
        <translation>proposal {code} dinilai dua kali</translation>
    </message>
    <message>
        <source>carries more than {n} MB of evidence</source>
        <translation>membawa bukti lebih dari {n} MB</translation>
    </message>
    <message>
        <source>must be pakta-sha256: followed by 16 lowercase hexadecimal characters</source>
        <translation>harus berupa pakta-sha256: diikuti 16 karakter heksadesimal huruf kecil</translation>
    </message>
    <message>
        <source>holds the control character {code} (only tabs and line breaks are allowed)</source>
        <translation>memuat karakter kendali {code} (hanya tab dan ganti baris yang diperbolehkan)</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>status tidak dikenal</translation>
    </message>
    <message>
        <source>unknown value</source>
        <translation>isian tidak dikenal</translation>
    </message>
    <message>
        <source>must be empty or a UTC time such as 2026-11-23T09:44:42.270Z</source>
        <translation>harus kosong atau berupa waktu UTC seperti 2026-11-23T09:44:42.270Z</translation>
    </message>
    <message>
        <source>a recused evaluation lists no scores</source>
        <translation>penilaian dengan konflik kepentingan tidak memuat nilai</translation>
    </message>
    <message>
        <source>a recused evaluation has no total</source>
        <translation>penilaian dengan konflik kepentingan tidak memiliki nilai total</translation>
    </message>
    <message>
        <source>a recused evaluation recommends nothing</source>
        <translation>penilaian dengan konflik kepentingan tidak memberi rekomendasi</translation>
    </message>
    <message>
        <source>a recused evaluation carries no questions</source>
        <translation>penilaian dengan konflik kepentingan tidak membawa pertanyaan</translation>
    </message>
    <message>
        <source>a recused evaluation carries no evidence</source>
        <translation>penilaian dengan konflik kepentingan tidak membawa bukti</translation>
    </message>
    <message>
        <source>criterion {code} appears twice</source>
        <translation>kriteria {code} muncul dua kali</translation>
    </message>
    <message>
        <source>must be a decimal written as Juri writes it, such as &quot;7&quot; or &quot;7.5&quot; (no spaces, no trailing zeros), or null</source>
        <translation>harus berupa bilangan desimal yang ditulis seperti Juri menulisnya, misalnya &quot;7&quot; atau &quot;7.5&quot; (tanpa spasi, tanpa nol di belakang), atau null</translation>
    </message>
    <message>
        <source>checklist item {code} appears twice</source>
        <translation>butir daftar periksa {code} muncul dua kali</translation>
    </message>
    <message>
        <source>checklist items must be in code order</source>
        <translation>butir daftar periksa harus berurutan menurut kodenya</translation>
    </message>
    <message>
        <source>a question and its notes are both empty</source>
        <translation>pertanyaan dan catatannya sama-sama kosong</translation>
    </message>
    <message>
        <source>the same file is attached twice</source>
        <translation>berkas yang sama dilampirkan dua kali</translation>
    </message>
    <message>
        <source>holds the invisible character {code}, which can make a name read as another</source>
        <translation>memuat karakter tak terlihat {code}, yang dapat membuat nama terbaca sebagai nama lain</translation>
    </message>
    <message>
        <source>must be a plain file name of at most 200 characters</source>
        <translation>harus berupa nama berkas biasa paling panjang 200 karakter</translation>
    </message>
    <message>
        <source>must be image/jpeg, image/png or application/pdf</source>
        <translation>harus image/jpeg, image/png, atau application/pdf</translation>
    </message>
    <message>
        <source>must be at most {n} bytes</source>
        <translation>paling besar {n} byte</translation>
    </message>
    <message>
        <source>must be null or a time such as 2024-05-12T10:31:05+07:00</source>
        <translation>harus null atau waktu seperti 2024-05-12T10:31:05+07:00</translation>
    </message>
    <message>
        <source>must be null or a latitude and longitude such as -6.175392,106.827153</source>
        <translation>harus null atau lintang dan bujur seperti -6.175392,106.827153</translation>
    </message>
    <message>
        <source>holds {found} bytes, not the {size} its size says: the file was swapped or damaged</source>
        <translation>berisi {found} byte, bukan {size} seperti ukuran yang tertulis: berkas itu ditukar atau rusak</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is {found}, not the {declared} the evaluation names: the file was swapped or damaged</source>
        <translation>SHA-256 berkas ini {found}, bukan {declared} seperti yang tertulis dalam penilaian: berkasnya ditukar atau rusak</translation>
    </message>
    <message>
        <source>the file is not the {media_type} the evaluation names</source>
        <translation>berkas ini bukan {media_type} seperti yang tertulis dalam penilaian</translation>
    </message>
    <message>
        <source>is not what the file&apos;s own EXIF data says ({own}): the time and place are the camera&apos;s, read from the file when it is attached</source>
        <translation>bukan yang dikatakan data EXIF file itu sendiri ({own}): waktu dan tempat adalah milik kamera, dibaca dari file saat dilampirkan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>must be the file&apos;s bytes in base64</source>
        <translation>harus berupa isi berkas dalam base64</translation>
    </message>
    <message>
        <source>is longer than the base64 of the {size} bytes its size says: the file was swapped or damaged</source>
        <translation>lebih panjang daripada base64 dari {size} byte seperti ukuran yang tertulis: berkas itu ditukar atau rusak</translation>
    </message>
    <message>
        <source>must be the file&apos;s bytes in base64, written as Juri writes it (padded, nothing else)</source>
        <translation>harus berupa isi berkas dalam base64, ditulis seperti Juri menulisnya (dengan padding, tanpa tambahan lain)</translation>
    </message>
    <message>
        <source>must be text or null</source>
        <translation>harus berupa teks atau null</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>row {row}: the key file {name} was read as {file}</source>
        <translation>baris {row}: file kunci {name} dibaca sebagai {file}</translation>
    </message>
    <message>
        <source>the juror id is empty</source>
        <translation>id juri kosong</translation>
    </message>
    <message>
        <source>juror {id} already appears in row {row}</source>
        <translation>juri {id} sudah ada di baris {row}</translation>
    </message>
    <message>
        <source>juror id {id} differs from {other} in row {row} only in upper and lower case: give different jurors ids that differ otherwise</source>
        <translation>id juri {id} hanya berbeda huruf besar dan kecilnya dari {other} di baris {row}: beri juri yang berbeda id yang benar-benar berbeda</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>nama kosong</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has {character} at position {position}; a juror&apos;s name is one line of visible text: retype it</source>
        <translation>&apos;{value}&apos; memuat {character} pada posisi {position}; nama juri adalah satu baris teks yang terlihat: ketik ulang</translation>
    </message>
    <message>
        <source>the same key is already given in row {row}</source>
        <translation>kunci yang sama sudah tercantum di baris {row}</translation>
    </message>
    <message>
        <source>there are no jurors below the header row</source>
        <translation>tidak ada juri di bawah baris judul kolom</translation>
    </message>
    <message>
        <source>the public key is empty</source>
        <translation>kunci publik kosong</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a key&apos;s fingerprint, not the key: ask the juror for the public key file (juri keys export) or the 44-character key in it</source>
        <translation>&apos;{text}&apos; adalah sidik kunci, bukan kuncinya: minta juri mengirim file kunci publiknya (juri keys export) atau kunci 44 karakter di dalamnya</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a usable Ed25519 public key</source>
        <translation>&apos;{text}&apos; bukan kunci publik Ed25519 yang dapat dipakai</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither a base64 public key nor a public key file next to the roster</source>
        <translation>&apos;{text}&apos; bukan kunci publik base64 dan bukan file kunci publik di folder daftar juri</translation>
    </message>
    <message>
        <source>this is the text of a private key file, which must stay with its owner: ask the juror for the public key file instead</source>
        <translation>ini isi file kunci privat, yang harus tetap dipegang pemiliknya: minta juri mengirim file kunci publiknya</translation>
    </message>
    <message>
        <source>the cell holds text that is not a whole Juri public key file: paste the whole .pub.json file, or only its public_key value</source>
        <translation>sel ini berisi teks yang bukan file kunci publik Juri yang utuh: tempelkan seluruh isi file .pub.json, atau hanya nilai public_key-nya</translation>
    </message>
    <message>
        <source>pasted in this cell</source>
        <translation>yang ditempel di sel ini</translation>
    </message>
    <message>
        <source>juror {id} is not in the roster</source>
        <translation>juri {id} tidak ada dalam daftar juri</translation>
    </message>
    <message>
        <source>the submission code is empty</source>
        <translation>kode proposal kosong</translation>
    </message>
    <message>
        <source>submission {id} is not in the submissions sheet</source>
        <translation>proposal {id} tidak ada di spreadsheet proposal</translation>
    </message>
    <message>
        <source>row {row} repeats row {earlier}</source>
        <translation>baris {row} mengulang baris {earlier}</translation>
    </message>
    <message>
        <source>%n pair(s) of juror and submission given twice: {rows}</source>
        <translation>%n pasangan juri dan proposal ditulis dua kali: {rows}</translation>
    </message>
    <message>
        <source>; did you mean {id}?</source>
        <translation>; maksud Anda {id}?</translation>
    </message>
</context>
<context>
    <name>RoundKind</name>
    <message>
        <source>desk round</source>
        <translation>penilaian proposal</translation>
    </message>
    <message>
        <source>interview round</source>
        <translation>wawancara</translation>
    </message>
    <message>
        <source>field round</source>
        <translation>verifikasi lapangan</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>{first} and {second} are both merged files of round {round}: give one merged file per round (merge the round&apos;s results together with &apos;juri merge&apos;).</source>
        <translation>{first} dan {second} sama-sama file gabungan tahap {round}: berikan satu file gabungan per tahap (gabungkan hasil tahap itu bersama-sama dengan &apos;juri merge&apos;).</translation>
    </message>
    <message>
        <source>The package of round {round} ({package}) was shortlisted from the merged file {sha}… of round {earlier} (package {earlier_package}), which was not given. Give the merged file of every round from the first, exactly as signed: a merged file changed or merged again after the shortlist no longer matches.</source>
        <translation>Paket tahap {round} ({package}) disaring dari file gabungan {sha}… tahap {earlier} (paket {earlier_package}), yang tidak diberikan. Berikan file gabungan setiap tahap mulai dari yang pertama, persis seperti ditandatangani: file gabungan yang diubah atau digabung ulang setelah penyaringan tidak lagi cocok.</translation>
    </message>
    <message>
        <source>Rounds {rounds} each start a chain of their own (their packages come from no earlier round): a final line-up follows one chain of rounds from the first.</source>
        <translation>Tahap {rounds} masing-masing memulai rantai sendiri (paketnya tidak berasal dari tahap sebelumnya): susunan akhir mengikuti satu rantai tahap sejak yang pertama.</translation>
    </message>
    <message>
        <source>Rounds {rounds} were both shortlisted from the merged file of round {round}: a final line-up follows one chain; make one per chain.</source>
        <translation>Tahap {rounds} sama-sama disaring dari file gabungan tahap {round}: susunan akhir mengikuti satu rantai; buat satu per rantai.</translation>
    </message>
    <message>
        <source>The packages of rounds {earlier} and {round} are of different competitions ({first} and {second}).</source>
        <translation>Paket tahap {earlier} dan {round} berasal dari kompetisi yang berbeda ({first} dan {second}).</translation>
    </message>
    <message>
        <source>The package of round {round} names the chair key {named} for the merged file of round {earlier}, but that file is signed by {signer}.</source>
        <translation>Paket tahap {round} menyebut kunci ketua tim panel {named} untuk file gabungan tahap {earlier}, tetapi file itu ditandatangani oleh {signer}.</translation>
    </message>
    <message>
        <source>The package of round {round} names package {package} (round {named}) as its origin, but the merged file it names is of package {given} (round {earlier}).</source>
        <translation>Paket tahap {round} menyebut paket {package} (tahap {named}) sebagai asalnya, tetapi file gabungan yang disebutnya milik paket {given} (tahap {earlier}).</translation>
    </message>
    <message>
        <source>The package of round {round} holds submissions that round {earlier} did not: {codes}.</source>
        <translation>Paket tahap {round} memuat proposal yang tidak ada di tahap {earlier}: {codes}.</translation>
    </message>
    <message>
        <source>the rule cuts a tie without taking every tied submission ({ties})</source>
        <translation>aturannya memotong nilai sama tanpa mengambil semua proposal yang bernilai sama ({ties})</translation>
    </message>
    <message>
        <source>it holds {codes}, which the rule does not take</source>
        <translation>paket memuat {codes}, yang tidak diambil aturannya</translation>
    </message>
    <message>
        <source>it leaves out {codes}, which the rule takes</source>
        <translation>paket tidak memuat {codes}, yang diambil aturannya</translation>
    </message>
    <message>
        <source>The package of round {round} ({package}) does not hold the shortlist its origin records ({rule}) from the merged file of round {earlier}: {reason}. &apos;juri package next&apos; never makes such a package; ask the secretariat for the one it made from that merged file.</source>
        <translation>Paket tahap {round} ({package}) tidak memuat hasil penyaringan yang dicatat asal-usulnya ({rule}) dari file gabungan tahap {earlier}: {reason}. &apos;juri package next&apos; tidak pernah membuat paket seperti itu; mintalah kepada sekretariat paket yang dibuatnya dari file gabungan tersebut.</translation>
    </message>
    <message>
        <source>The rubric file has no round {round} (it has: {ids}): is it the rubric file of this competition?</source>
        <translation>File rubrik tidak memiliki tahap {round} (yang ada: {ids}): apakah ini file rubrik kompetisi ini?</translation>
    </message>
    <message>
        <source>The rounds were held in the order {chain}, which is not the order the rubric file lists them ({ids}).</source>
        <translation>Tahap-tahap diselenggarakan dengan urutan {chain}, yang bukan urutan dalam file rubrik ({ids}).</translation>
    </message>
    <message>
        <source>The chain of rounds starts at round {round}, but the rubric file&apos;s first round is {first}: its package comes from no earlier round, so its submissions were chosen by no ranking. Give the merged files of every round from {first}, each next package made by &apos;juri package next&apos;.</source>
        <translation>Rantai tahap dimulai dari tahap {round}, padahal tahap pertama dalam file rubrik adalah {first}: paketnya tidak berasal dari tahap sebelumnya, jadi proposalnya tidak dipilih oleh peringkat mana pun. Berikan file gabungan setiap tahap mulai dari {first}, dengan setiap paket berikutnya dibuat oleh &apos;juri package next&apos;.</translation>
    </message>
    <message>
        <source>The rounds were held in the order {chain}, but round {skipped} was skipped: the rubric file lists {ids}, and each round is shortlisted from the one right before it.</source>
        <translation>Tahap-tahap diselenggarakan dengan urutan {chain}, tetapi tahap {skipped} dilewati: file rubrik mencantumkan {ids}, dan setiap tahap disaring dari tahap tepat sebelumnya.</translation>
    </message>
    <message>
        <source>The rubric file is for the competition {rubric}, the packages for {packages}: give this competition&apos;s rubric file.</source>
        <translation>File rubrik untuk kompetisi {rubric}, paketnya untuk {packages}: berikan file rubrik kompetisi ini.</translation>
    </message>
    <message>
        <source>None of the {total} submissions of the last round takes a place under the final rule ({reasons}), so there is no line-up to sign. Nothing was written.</source>
        <translation>Tidak satu pun dari {total} proposal tahap terakhir mendapat peringkat menurut aturan final ({reasons}), jadi tidak ada susunan akhir untuk ditandatangani. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The final rule uses round {rounds}, but no merged file of it was given (given: {chain}). Give the merged file of every round the rule uses.</source>
        <translation>Aturan final memakai tahap {rounds}, tetapi file gabungannya tidak diberikan (yang diberikan: {chain}). Berikan file gabungan setiap tahap yang dipakai aturan.</translation>
    </message>
    <message>
        <source>The chain ends with round {round}, which the final rule neither scores nor uses as a gate: leave its merged file out, or correct the final section of the rubric file.</source>
        <translation>Rantai berakhir dengan tahap {round}, yang tidak dinilai maupun dipakai sebagai syarat oleh aturan final: hilangkan file gabungannya, atau perbaiki bagian final file rubrik.</translation>
    </message>
    <message>
        <source>Round {round} is a gate of the final rule, but it has no passing grade (neither the rubric file nor the chair&apos;s merge set one), so nobody can pass it. Merge that round again with --passing-grade, or correct the rubric file.</source>
        <translation>Tahap {round} adalah syarat dalam aturan final, tetapi tidak memiliki nilai batas lulus (baik file rubrik maupun penggabungan ketua tim panel tidak menetapkannya), sehingga tidak ada yang dapat lulus. Gabungkan ulang tahap itu dengan --passing-grade, atau perbaiki file rubrik.</translation>
    </message>
    <message>
        <source>Give the merged file of every round.</source>
        <translation>Berikan file gabungan setiap tahap.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {error}</source>
        <translation>Tidak dapat membaca {name}: {error}</translation>
    </message>
    <message>
        <source>{name} and {other} are the same merged file: give each round&apos;s merged file once.</source>
        <translation>{name} dan {other} adalah file gabungan yang sama: berikan file gabungan setiap tahap satu kali.</translation>
    </message>
    <message>
        <source>Checking the merged files was cancelled.</source>
        <translation>Pemeriksaan file gabungan dibatalkan.</translation>
    </message>
    <message>
        <source>The merged file {name} (package {package}) is refused: {reason}</source>
        <translation>File gabungan {name} (paket {package}) ditolak: {reason}</translation>
    </message>
    <message>
        <source>No merged file given is for the package {package} ({path}): give its round&apos;s merged file too, or leave the package out.</source>
        <translation>Tidak ada file gabungan yang diberikan untuk paket {package} ({path}): berikan juga file gabungan tahapnya, atau hilangkan paket itu.</translation>
    </message>
    <message>
        <source>{name} is not a merged file (it names no package): give the chair&apos;s .juri-merged.json of each round.</source>
        <translation>{name} bukan file gabungan (tidak menyebut paket): berikan .juri-merged.json ketua tim panel untuk setiap tahap.</translation>
    </message>
    <message>
        <source>No package given is the one the merged file {name} is for (package {package}, manifest SHA-256 {sha}…): add it with --package.</source>
        <translation>Tidak ada paket yang diberikan untuk file gabungan {name} (paket {package}, SHA-256 manifest {sha}…): tambahkan dengan --package.</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>the scale&apos;s maximum must be above its minimum</source>
        <translation>nilai maksimum skala harus lebih besar daripada nilai minimumnya</translation>
    </message>
    <message>
        <source>the scale&apos;s step must be above zero</source>
        <translation>langkah skala harus lebih besar daripada nol</translation>
    </message>
    <message>
        <source>the scale&apos;s range is not a whole number of steps</source>
        <translation>rentang skala bukan kelipatan bulat dari langkahnya</translation>
    </message>
    <message>
        <source>the scale has more than 1000 steps</source>
        <translation>skala memiliki lebih dari 1000 langkah</translation>
    </message>
    <message>
        <source>a criterion has no code</source>
        <translation>ada kriteria yang tidak memiliki kode</translation>
    </message>
    <message>
        <source>the criterion has no title</source>
        <translation>kriteria tidak memiliki judul</translation>
    </message>
    <message>
        <source>the weight must not be negative</source>
        <translation>bobot tidak boleh negatif</translation>
    </message>
    <message>
        <source>level &apos;{label}&apos; lies outside the scale {scale}</source>
        <translation>tingkat &apos;{label}&apos; berada di luar skala {scale}</translation>
    </message>
    <message>
        <source>levels &apos;{a}&apos; and &apos;{b}&apos; overlap</source>
        <translation>tingkat &apos;{a}&apos; dan &apos;{b}&apos; tumpang-tindih</translation>
    </message>
    <message>
        <source>the rubric has no criteria</source>
        <translation>rubrik tidak memiliki kriteria</translation>
    </message>
    <message>
        <source>criterion code {code} is used twice</source>
        <translation>kode kriteria {code} digunakan dua kali</translation>
    </message>
    <message>
        <source>criterion {code}: {problem}</source>
        <translation>kriteria {code}: {problem}</translation>
    </message>
    <message>
        <source>the weights add up to {total}, not 100</source>
        <translation>jumlah bobot {total}, bukan 100</translation>
    </message>
    <message>
        <source>there is no criterion {code}</source>
        <translation>tidak ada kriteria {code}</translation>
    </message>
    <message>
        <source>{value} is not on the scale of {code} ({scale}, step {step})</source>
        <translation>{value} tidak ada pada skala {code} ({scale}, langkah {step})</translation>
    </message>
</context>
<context>
    <name>RubricFile</name>
    <message>
        <source>Cannot read the rubric file {path}: {error}</source>
        <translation>Tidak dapat membaca file rubrik {path}: {error}</translation>
    </message>
    <message>
        <source>The rubric file {path} holds several rounds ({ids}); a package is for one: choose it with --round, e.g. --round {first}.</source>
        <translation>File rubrik {path} berisi beberapa tahap ({ids}); satu paket untuk satu tahap: pilih tahapnya dengan --round, misalnya --round {first}.</translation>
    </message>
    <message>
        <source>The rubric file {path} is not valid: {problem}</source>
        <translation>File rubrik {path} tidak valid: {problem}</translation>
    </message>
    <message>
        <source>is missing: the rubric file must say how the rounds combine into the final line-up (docs/formats.md §3)</source>
        <translation>tidak ada: file rubrik harus menyebut cara tahap-tahap digabung menjadi susunan akhir (docs/formats.md §3)</translation>
    </message>
    <message>
        <source>must be &quot;juri-rubric&quot;</source>
        <translation>harus &quot;juri-rubric&quot;</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>harus 1</translation>
    </message>
    <message>
        <source>must name at least one round</source>
        <translation>harus mencantumkan paling sedikit satu tahap</translation>
    </message>
    <message>
        <source>names a round twice: {ids}</source>
        <translation>mencantumkan sebuah tahap dua kali: {ids}</translation>
    </message>
    <message>
        <source>names unknown round(s): {names}</source>
        <translation>mencantumkan tahap yang tidak dikenal: {names}</translation>
    </message>
    <message>
        <source>has no round &apos;{id}&apos; (it has: {ids})</source>
        <translation>tidak memiliki tahap &apos;{id}&apos; (yang ada: {ids})</translation>
    </message>
</context>
<context>
    <name>ScoreSpinBox</name>
    <message>
        <source>{typed} is not a score on this scale ({lowest}–{highest}).</source>
        <translation>{typed} bukan nilai pada skala ini ({lowest}–{highest}).</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>The field-visit checklist has no item {item}.</source>
        <extracomment>a change: the evaluation as stored → the changed copy and the audit entry&apos;s detail, or None when it would change nothing what a change writes besides the evaluation&apos;s row, in the same transaction</extracomment>
        <translation>Daftar periksa kunjungan lapangan tidak memiliki butir {item}.</translation>
    </message>
    <message>
        <source>Questions and notes are kept in an interview round only.</source>
        <translation>Pertanyaan dan catatan hanya disimpan pada wawancara.</translation>
    </message>
    <message>
        <source>An interview keeps at most {n} questions.</source>
        <translation>Satu wawancara menyimpan paling banyak {n} pertanyaan.</translation>
    </message>
    <message>
        <source>The checklist and visit notes are kept in a field round only.</source>
        <translation>Daftar periksa dan catatan kunjungan hanya disimpan pada tahap verifikasi lapangan.</translation>
    </message>
    <message>
        <source>Evidence is attached in a field round only.</source>
        <translation>Bukti hanya dilampirkan pada verifikasi lapangan.</translation>
    </message>
    <message>
        <source>This file is already attached to {code}, as {name}.</source>
        <translation>Berkas ini sudah dilampirkan pada {code}, sebagai {name}.</translation>
    </message>
    <message>
        <source>{code} has {n} evidence files already, the most one evaluation carries. Remove one first.</source>
        <translation>{code} sudah memiliki {n} berkas bukti, batas untuk satu penilaian. Hapus salah satu terlebih dahulu.</translation>
    </message>
    <message>
        <source>Your evidence in this package would come to more than {n} MB, more than one result file carries. Attach smaller copies of the photos, or remove some.</source>
        <translation>Bukti Anda dalam paket ini akan melebihi {n} MB, lebih dari yang dapat dibawa satu berkas hasil. Lampirkan salinan foto yang lebih kecil, atau hapus sebagian.</translation>
    </message>
    <message>
        <source>That file is no longer attached to {code}.</source>
        <translation>Berkas itu tidak lagi terlampir pada {code}.</translation>
    </message>
    <message>
        <source>Give the reason for the conflict of interest.</source>
        <translation>Sebutkan alasan konflik kepentingan.</translation>
    </message>
    <message>
        <source>Submission {code} is not assigned to you in this package.</source>
        <translation>Proposal {code} tidak ditugaskan kepada Anda dalam paket ini.</translation>
    </message>
    <message>
        <source>You recused yourself from {code}; withdraw the recusal before changing its scores.</source>
        <translation>Anda telah mengundurkan diri dari {code}; batalkan pengunduran diri sebelum mengubah nilainya.</translation>
    </message>
    <message>
        <source>The text is longer than {n} characters.</source>
        <translation>Teks lebih panjang dari {n} karakter.</translation>
    </message>
    <message>
        <source>The text holds the control character {code}, which no reader can see and a terminal may obey; remove it (tabs and line breaks are fine).</source>
        <translation>Teks memuat karakter kendali {code}, yang tidak terlihat oleh pembaca dan dapat dijalankan oleh terminal; hapus karakter itu (tab dan ganti baris boleh).</translation>
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
        <translation>Nilai akhir tertimbang</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Konflik kepentingan</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Catatan umum</translation>
    </message>
    <message>
        <source>Overall comment on this submission</source>
        <translation>Catatan umum tentang proposal ini</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>Nilai {total}</translation>
    </message>
    <message>
        <source>{status} · {weight}% of the weight scored</source>
        <translation>{status} · {weight}% bobot dinilai</translation>
    </message>
    <message>
        <source>Total so far {total}</source>
        <translation>Nilai sementara {total}</translation>
    </message>
    <message>
        <source>Passing grade: {grade}</source>
        <translation>Nilai batas lulus: {grade}</translation>
    </message>
    <message>
        <source>You declared a conflict of interest; scores are locked.
Reason: {reason}</source>
        <translation>Anda menyatakan konflik kepentingan; nilai dikunci.
Alasan: {reason}</translation>
    </message>
    <message>
        <source>Withdraw conflict of interest</source>
        <translation>Batalkan konflik kepentingan</translation>
    </message>
    <message>
        <source>Declare conflict of interest…</source>
        <translation>Nyatakan konflik kepentingan…</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>{n} signed results</source>
        <translation>{n} hasil bertanda tangan</translation>
    </message>
    <message>
        <source>signed by {fingerprint}, {n} submissions</source>
        <translation>ditandatangani oleh {fingerprint}, {n} proposal</translation>
    </message>
    <message>
        <source>version {n} written</source>
        <translation>versi {n} ditulis</translation>
    </message>
    <message>
        <source>{accepted} results accepted, {ranked} submissions ranked</source>
        <translation>{accepted} hasil diterima, {ranked} proposal diperingkat</translation>
    </message>
    <message>
        <source>{blank} blank and {filled} filled sheets, {pages} pages</source>
        <translation>{blank} lembar kosong dan {filled} lembar terisi, {pages} halaman</translation>
    </message>
    <message>
        <source>make the demo competition</source>
        <translation>membuat kompetisi demo</translation>
    </message>
    <message>
        <source>verify the package</source>
        <translation>memverifikasi paket</translation>
    </message>
    <message>
        <source>score and export a signed result</source>
        <translation>menilai dan mengekspor hasil bertanda tangan</translation>
    </message>
    <message>
        <source>verify the result</source>
        <translation>memverifikasi hasil</translation>
    </message>
    <message>
        <source>merge and rank every result</source>
        <translation>menggabungkan dan memeringkat semua hasil</translation>
    </message>
    <message>
        <source>print evaluation sheets</source>
        <translation>mencetak lembar penilaian</translation>
    </message>
    <message>
        <source>Juri self-test in {folder}</source>
        <translation>Uji mandiri Juri di {folder}</translation>
    </message>
    <message>
        <source>All {n} steps passed.</source>
        <translation>Semua {n} langkah berhasil.</translation>
    </message>
    <message>
        <source>FAILED: {steps}</source>
        <translation>GAGAL: {steps}</translation>
    </message>
    <message>
        <source>{pages} pages, page 1 rendered</source>
        <translation>{pages} halaman, halaman 1 dirender</translation>
    </message>
    <message>
        <source>not in this build; videos open in the computer&apos;s own video player</source>
        <translation>tidak ada di versi ini; video dibuka dengan pemutar video komputer ini</translation>
    </message>
    <message>
        <source>available</source>
        <translation>tersedia</translation>
    </message>
    <message>
        <source>{title}, {n} submissions</source>
        <translation>{title}, {n} proposal</translation>
    </message>
    <message>
        <source>translations (Indonesian, and Qt&apos;s own)</source>
        <translation>terjemahan (Indonesia, dan milik Qt)</translation>
    </message>
    <message>
        <source>sorting, capitals and time zone names</source>
        <translation>pengurutan, huruf kapital, dan nama zona waktu</translation>
    </message>
    <message>
        <source>application icon</source>
        <translation>ikon aplikasi</translation>
    </message>
    <message>
        <source>render a proposal with QtPdf</source>
        <translation>merender proposal dengan QtPdf</translation>
    </message>
    <message>
        <source>print to PDF</source>
        <translation>mencetak ke PDF</translation>
    </message>
    <message>
        <source>images</source>
        <translation>gambar</translation>
    </message>
    <message>
        <source>video playback</source>
        <translation>pemutaran video</translation>
    </message>
    <message>
        <source>{files} files merged, {n} jurors charted</source>
        <translation>{files} file digabungkan, grafik {n} juri</translation>
    </message>
    <message>
        <source>open the juror&apos;s window on the demo</source>
        <translation>membuka jendela juri pada demo</translation>
    </message>
    <message>
        <source>merge the demo&apos;s results in the chair&apos;s window</source>
        <translation>gabungkan hasil demo di jendela ketua</translation>
    </message>
</context>
<context>
    <name>SheetCode</name>
    <message>
        <source>The sheet code is empty.</source>
        <translation>Kode lembar kosong.</translation>
    </message>
    <message>
        <source>The sheet code &apos;{code}&apos; was made by a newer version of Juri; update Juri to read it.</source>
        <translation>Kode lembar &apos;{code}&apos; dibuat oleh Juri versi yang lebih baru; perbarui Juri untuk membacanya.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a Juri sheet code: it should look like JURI1:package:submission:juror.</source>
        <translation>&apos;{code}&apos; bukan kode lembar Juri: bentuknya seharusnya JURI1:paket:proposal:juri.</translation>
    </message>
    <message>
        <source>The sheet code &apos;{code}&apos; has {n} parts after JURI1, not three (package:submission:juror).</source>
        <translation>Kode lembar &apos;{code}&apos; memiliki {n} bagian setelah JURI1, bukan tiga (paket:proposal:juri).</translation>
    </message>
    <message>
        <source>package id</source>
        <translation>ID paket</translation>
    </message>
    <message>
        <source>submission code</source>
        <translation>kode proposal</translation>
    </message>
    <message>
        <source>juror id</source>
        <translation>ID juri</translation>
    </message>
    <message>
        <source>The {part} &apos;{value}&apos; in the sheet code is not valid: use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>{part} &apos;{value}&apos; dalam kode lembar tidak valid: gunakan hanya huruf, angka, &apos;.&apos;, &apos;_&apos;, dan &apos;-&apos; (paling banyak 64).</translation>
    </message>
    <message>
        <source>This sheet is for package {theirs}, but the package open is {ours}. Open that package first (File → Switch package).</source>
        <translation>Lembar ini untuk paket {theirs}, sedangkan paket yang terbuka adalah {ours}. Buka paket itu lebih dulu (Berkas → Ganti paket).</translation>
    </message>
    <message>
        <source>This sheet belongs to juror {theirs}; you are juror {ours}. Each juror types in only their own sheets.</source>
        <translation>Lembar ini milik juri {theirs}; Anda juri {ours}. Setiap juri hanya mengetik lembarnya sendiri.</translation>
    </message>
    <message>
        <source>Submission {code} is not assigned to you in this package.</source>
        <translation>Proposal {code} tidak ditugaskan kepada Anda dalam paket ini.</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Evaluation sheet</source>
        <translation>Lembar Penilaian</translation>
    </message>
    <message>
        <source>Filled in from the juror&apos;s signed result file</source>
        <translation>Diisi dari file hasil juri yang ditandatangani</translation>
    </message>
    <message>
        <source>For scoring on paper; type the scores into Juri afterwards</source>
        <translation>Untuk menilai di atas kertas; ketik nilainya ke Juri sesudahnya</translation>
    </message>
    <message>
        <source>Write one score per criterion in its box, on the scale shown, using the level descriptors as a guide, and a short comment that explains it. If you have a conflict of interest with this innovation, do not score it: tick the declaration at the end of the sheet and give the reason.</source>
        <translation>Tulis satu nilai untuk setiap kriteria di kotaknya, pada skala yang tertera, dengan berpedoman pada deskripsi tingkat, beserta catatan singkat yang menjelaskannya. Jika Anda memiliki konflik kepentingan dengan inovasi ini, jangan memberi nilai: centang pernyataan di akhir lembar dan tuliskan alasannya.</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Passing grade</source>
        <translation>Nilai batas lulus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Nilai akhir</translation>
    </message>
    <message>
        <source>Result file</source>
        <translation>File hasil</translation>
    </message>
    <message>
        <source>version {n}, {when}</source>
        <translation>versi {n}, {when}</translation>
    </message>
    <message>
        <source>Sheet code</source>
        <translation>Kode lembar</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Scores by criterion</source>
        <translation>Penilaian per kriteria</translation>
    </message>
    <message>
        <source>Weight {weight} · scale {scale}</source>
        <translation>Bobot {weight} · skala {scale}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Comment: none</source>
        <translation>Catatan: tidak ada</translation>
    </message>
    <message>
        <source>Score ({scale})</source>
        <translation>Nilai ({scale})</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>{points} of {weight} points</source>
        <translation>{points} dari {weight} poin</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Weighted total (0–100)</source>
        <translation>Nilai akhir tertimbang (0–100)</translation>
    </message>
    <message>
        <source>Points = weight × (score − minimum) ÷ (maximum − minimum); the total is their sum, rounded half up to two decimals.</source>
        <translation>Poin = bobot × (nilai − minimum) ÷ (maksimum − minimum); nilai akhir adalah jumlahnya, dibulatkan ke dua desimal (setengah ke atas).</translation>
    </message>
    <message>
        <source>This evaluation is not complete: criteria without a score count nothing.</source>
        <translation>Penilaian ini belum selesai: kriteria yang belum dinilai tidak dihitung.</translation>
    </message>
    <message>
        <source>Summary of scores</source>
        <translation>Rekapitulasi nilai</translation>
    </message>
    <message>
        <source>– (recused)</source>
        <translation>– (mengundurkan diri)</translation>
    </message>
    <message>
        <source>Overall judgement</source>
        <translation>Penilaian keseluruhan</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Catatan umum</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Field verification checklist</source>
        <translation>Daftar periksa verifikasi lapangan</translation>
    </message>
    <message>
        <source>Field notes</source>
        <translation>Catatan lapangan</translation>
    </message>
    <message>
        <source>Evidence signed with the result: {n}</source>
        <translation>Bukti yang ditandatangani bersama hasil: {n}</translation>
    </message>
    <message>
        <source>Evidence attached: none</source>
        <translation>Bukti terlampir: tidak ada</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>I watched the video</source>
        <translation>Saya telah menonton videonya</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Konflik kepentingan</translation>
    </message>
    <message>
        <source>I have a conflict of interest with this innovation and do not score it. Reason:</source>
        <translation>Saya memiliki konflik kepentingan dengan inovasi ini dan tidak memberi nilai. Alasan:</translation>
    </message>
    <message>
        <source>Recused: conflict of interest</source>
        <translation>Mengundurkan diri: konflik kepentingan</translation>
    </message>
    <message>
        <source>The juror declared a conflict of interest with this innovation and gave no scores.</source>
        <translation>Juri menyatakan memiliki konflik kepentingan dengan inovasi ini dan tidak memberi nilai.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Place and date: {blank}</source>
        <translation>Tempat dan tanggal: {blank}</translation>
    </message>
    <message>
        <source>Juror ID: {id}</source>
        <translation>ID juri: {id}</translation>
    </message>
    <message>
        <source>I declare that I made this evaluation independently and in keeping with the integrity pact.</source>
        <translation>Saya menyatakan bahwa penilaian ini saya lakukan secara mandiri dan sesuai dengan pakta integritas.</translation>
    </message>
    <message>
        <source>Typed into Juri</source>
        <translation>Diketik ke Juri</translation>
    </message>
    <message>
        <source>on (date) and by (name, initials):</source>
        <translation>pada (tanggal) dan oleh (nama, paraf):</translation>
    </message>
    <message>
        <source>I declare that the scores and comments above are my own evaluation, as recorded in the result file signed with my key, whose fingerprint is shown here.</source>
        <translation>Saya menyatakan bahwa nilai dan catatan di atas adalah penilaian saya sendiri, sebagaimana tercatat dalam file hasil yang ditandatangani dengan kunci saya, yang sidik kuncinya tercantum di sini.</translation>
    </message>
    <message>
        <source>I declare that I have a conflict of interest with this innovation and did not score it, as recorded in the result file signed with my key, whose fingerprint is shown here.</source>
        <translation>Saya menyatakan bahwa saya memiliki konflik kepentingan dengan inovasi ini dan tidak memberi nilai, sebagaimana tercatat dalam file hasil yang ditandatangani dengan kunci saya, yang sidik kuncinya tercantum di sini.</translation>
    </message>
    <message>
        <source>Juror&apos;s key fingerprint</source>
        <translation>Sidik kunci juri</translation>
    </message>
    <message>
        <source>Result file: version {n} of {date}</source>
        <translation>File hasil: versi {n} tanggal {date}</translation>
    </message>
    <message>
        <source>SHA-256 of the result file:</source>
        <translation>SHA-256 file hasil:</translation>
    </message>
    <message>
        <source>Juror,</source>
        <translation>Juri,</translation>
    </message>
    <message>
        <source>The package has no juror {ids}; its jurors are {known}.</source>
        <translation>Paket tidak memuat juri {ids}; juri dalam paket ini adalah {known}.</translation>
    </message>
    <message>
        <source>The package has no submission {codes}.</source>
        <translation>Paket tidak memuat proposal {codes}.</translation>
    </message>
    <message>
        <source>None of the chosen submissions is assigned to the chosen jurors; there is no sheet to print.</source>
        <translation>Tidak satu pun proposal yang dipilih ditugaskan kepada juri yang dipilih; tidak ada lembar yang dapat dicetak.</translation>
    </message>
    <message>
        <source>Blank evaluation sheets – {package}</source>
        <translation>Lembar penilaian kosong – {package}</translation>
    </message>
    <message>
        <source>The result file does not verify against the package ({status}): {reason}. No sheet was printed.</source>
        <translation>File hasil tidak lolos verifikasi terhadap paket ({status}): {reason}. Tidak ada lembar yang dicetak.</translation>
    </message>
    <message>
        <source>The result file has no evaluation of {codes}.</source>
        <translation>File hasil tidak memuat penilaian untuk {codes}.</translation>
    </message>
    <message>
        <source>The result file holds no evaluation to print.</source>
        <translation>File hasil tidak memuat penilaian yang dapat dicetak.</translation>
    </message>
    <message>
        <source>Evaluation sheets of juror {juror} – {package}</source>
        <translation>Lembar penilaian juri {juror} – {package}</translation>
    </message>
    <message>
        <source>There is no sheet to print.</source>
        <translation>Tidak ada lembar yang dapat dicetak.</translation>
    </message>
    <message>
        <source>Printing the sheets was cancelled.</source>
        <translation>Pencetakan lembar penilaian dibatalkan.</translation>
    </message>
</context>
<context>
    <name>SheetsDialog</name>
    <message>
        <source>Evaluation sheets</source>
        <translation>Lembar penilaian</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which sheet?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lembar yang mana?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Blank sheet, to score on paper (with its QR code)</source>
        <translation>Lembar &amp;kosong, untuk menilai di kertas (dengan kode QR)</translation>
    </message>
    <message>
        <source>&amp;Filled sheet, with your scores, to sign</source>
        <translation>Lembar &amp;terisi, dengan nilai Anda, untuk ditandatangani</translation>
    </message>
    <message>
        <source>Filled sheets are printed from your signed result file. Export your results first (File → Finish and export results…).</source>
        <translation>Lembar terisi dicetak dari file hasil Anda yang ditandatangani. Ekspor hasil Anda lebih dulu (Berkas → Selesaikan dan ekspor hasil…).</translation>
    </message>
    <message>
        <source>From your last exported result file, version {n} ({when}): changes made after it are not on the sheet; export again to include them.</source>
        <translation>Dari file hasil yang terakhir Anda ekspor, versi {n} ({when}): perubahan sesudahnya tidak ada di lembar; ekspor lagi untuk menyertakannya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;For which submissions?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Untuk proposal yang mana?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;This submission ({code})</source>
        <translation>Proposal &amp;ini ({code})</translation>
    </message>
    <message>
        <source>&amp;All {n} submissions assigned to you</source>
        <translation>Se&amp;mua {n} proposal yang ditugaskan kepada Anda</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Filled evaluation sheets</source>
        <translation>Lembar penilaian terisi</translation>
    </message>
    <message>
        <source>Blank evaluation sheets</source>
        <translation>Lembar penilaian kosong</translation>
    </message>
    <message>
        <source>Your last result file {path} cannot be read ({error}); export your results again.</source>
        <translation>File hasil terakhir Anda {path} tidak dapat dibaca ({error}); ekspor hasil Anda lagi.</translation>
    </message>
</context>
<context>
    <name>Shortlist</name>
    <message>
        <source>every ranked submission that passes</source>
        <translation>setiap proposal diperingkat yang lulus</translation>
    </message>
    <message>
        <source>the first {n} places overall</source>
        <translation>{n} peringkat teratas secara keseluruhan</translation>
    </message>
    <message>
        <source>the first {n} places in each group</source>
        <translation>{n} peringkat teratas di setiap kelompok</translation>
    </message>
    <message>
        <source>the first {n} places in each cluster</source>
        <translation>{n} peringkat teratas di setiap kluster</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>submissions tied at a cut all taken</source>
        <translation>proposal bernilai sama di batas diambil semua</translation>
    </message>
    <message>
        <source>Say which submissions go on: the first N places, those that pass, or the first N per group or cluster.</source>
        <translation>Sebutkan proposal mana yang lanjut: N peringkat teratas, yang lulus, atau N teratas per kelompok atau kluster.</translation>
    </message>
    <message>
        <source>The merged file&apos;s round has no passing grade, so nothing can pass it; shortlist by places instead.</source>
        <translation>Tahap file gabungan ini tidak punya nilai lulus, jadi tidak ada yang bisa lulus; buat daftar pendek berdasarkan peringkat.</translation>
    </message>
    <message>
        <source>every ranked submission that passes (mean of the totals at or above {grade}): %n submission(s)</source>
        <translation>setiap proposal diperingkat yang lulus (rata-rata nilai total sama dengan atau di atas {grade}): %n proposal</translation>
    </message>
    <message>
        <source>the merged file&apos;s passing grade, not the round&apos;s ({own})</source>
        <translation>nilai batas lulus file gabungan, bukan milik tahap ini ({own})</translation>
    </message>
    <message>
        <source>the first {n} places in group {name}</source>
        <translation>{n} peringkat teratas di kelompok {name}</translation>
    </message>
    <message>
        <source>the first {n} places in cluster {name}</source>
        <translation>{n} peringkat teratas di kluster {name}</translation>
    </message>
    <message>
        <source>%n submission(s) have none, so no place in one: {codes}</source>
        <translation>%n proposal tidak memilikinya, jadi tidak punya peringkat di dalamnya: {codes}</translation>
    </message>
    <message>
        <source>Nothing was written: a cut falls between submissions that nothing separates (their scores and every tie-break are equal), and Juri never cuts a tie silently.</source>
        <translation>Tidak ada yang ditulis: batas jatuh di antara proposal yang tidak terbedakan (nilai dan setiap penentu nilai samanya sama), dan Juri tidak pernah memotong nilai sama secara diam-diam.</translation>
    </message>
    <message>
        <source>Take every tied submission with --include-ties, or choose a number of places that does not cut a tie.</source>
        <translation>Ambil setiap proposal bernilai sama dengan --include-ties, atau pilih jumlah peringkat yang tidak memotong nilai sama.</translation>
    </message>
    <message>
        <source>{where}: %n submission(s)</source>
        <translation>{where}: %n proposal</translation>
    </message>
    <message>
        <source>tied at the cut and all taken: {codes}</source>
        <translation>bernilai sama di batas dan diambil semua: {codes}</translation>
    </message>
    <message>
        <source>fewer ranked submissions than places</source>
        <translation>proposal diperingkat lebih sedikit daripada jumlah tempat</translation>
    </message>
    <message>
        <source>%n submission(s) not ranked (fewer than {minimum} complete evaluations) cannot be shortlisted: {codes}</source>
        <translation>%n proposal yang tidak diperingkat (kurang dari {minimum} penilaian selesai) tidak bisa masuk daftar pendek: {codes}</translation>
    </message>
    <message>
        <source>The rule shortlists no submission ({rule}). Nothing was written.</source>
        <translation>Aturan ini tidak memasukkan satu proposal pun ke daftar pendek ({rule}). Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>at the cut: {last} (place {above}) goes on and {left} (place {below}) does not: their scores are equal ({score}), and the tie-break {key} placed {left} below</source>
        <translation>di batas: {last} (peringkat {above}) lanjut dan {left} (peringkat {below}) tidak: nilainya sama ({score}), dan penentu nilai sama {key} menempatkan {left} di bawah</translation>
    </message>
    <message>
        <source>at the cut: {last} (place {above}, {score}) goes on and {left} (place {below}, {other}) does not: their scores are equal at two decimals ({shown}) and apart at {decimals} decimals</source>
        <translation>di batas: {last} (peringkat {above}, {score}) lanjut dan {left} (peringkat {below}, {other}) tidak: nilainya sama pada dua desimal ({shown}) dan berbeda pada {decimals} desimal</translation>
    </message>
    <message>
        <source>{where}: {codes} share place {place}, so {n} places would take {places} of these {count}</source>
        <translation>{where}: {codes} berbagi peringkat {place}, jadi {n} tempat hanya mengambil {places} dari {count} proposal ini</translation>
    </message>
    <message>
        <source>{fewer} or {more} places do not cut the tie</source>
        <translation>{fewer} atau {more} tempat tidak memotong nilai sama</translation>
    </message>
    <message>
        <source>{more} places do not cut the tie</source>
        <translation>{more} tempat tidak memotong nilai sama</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the merged file</source>
        <translation>Tandatangani file gabungan</translation>
    </message>
    <message>
        <source>The merged file is signed with the panel chair&apos;s key, so the secretariat can check that nobody changed it. It will be written to {path}.</source>
        <translation>File gabungan ditandatangani dengan kunci ketua tim panel, sehingga sekretariat dapat memeriksa bahwa tidak ada yang mengubahnya. File akan ditulis ke {path}.</translation>
    </message>
    <message>
        <source>The chair&apos;s key file</source>
        <translation>File kunci ketua</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Choose the chair&apos;s key file</source>
        <translation>Pilih file kunci ketua</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>File &amp;kunci:</translation>
    </message>
    <message>
        <source>Passphrase of the chair&apos;s key</source>
        <translation>Kata sandi kunci ketua</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>&amp;Sign and save</source>
        <translation>Tandatangani dan si&amp;mpan</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>File kunci (*.key);;Semua file (*)</translation>
    </message>
    <message>
        <source>Choose the chair&apos;s key file (make one with &apos;juri keys new&apos;).</source>
        <translation>Pilih file kunci ketua (buat dengan &apos;juri keys new&apos;).</translation>
    </message>
    <message>
        <source>Signing the merged file …</source>
        <translation>Menandatangani file gabungan …</translation>
    </message>
    <message>
        <source>That passphrase does not open the key. Try again.</source>
        <translation>Kata sandi itu tidak dapat membuka kunci. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Open a submission package</source>
        <translation>Buka paket proposal</translation>
    </message>
    <message>
        <source>The secretariat gives you a package (a .juripkg file) on a USB stick or by e-mail. Open it with the button below, drag it onto this window, or start Juri with the file&apos;s path. Juri checks every byte of it before you score.</source>
        <translation>Sekretariat memberikan paket kepada Anda (file .juripkg) melalui flashdisk atau e-mail. Buka paket itu dengan tombol di bawah, seret ke jendela ini, atau jalankan Juri dengan lokasi file tersebut. Juri memeriksa setiap byte-nya sebelum Anda menilai.</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>Buka pa&amp;ket…</translation>
    </message>
    <message>
        <source>Packages in your workspace</source>
        <translation>Paket di ruang kerja Anda</translation>
    </message>
    <message>
        <source>{title} — {progress}</source>
        <translation>{title} — {progress}</translation>
    </message>
    <message>
        <source>Packages you opened before</source>
        <translation>Paket yang pernah Anda buka</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>{name}, juror {id}</source>
        <translation>{name}, juri {id}</translation>
    </message>
    <message>
        <source>Key fingerprint: {fp}</source>
        <translation>Sidik kunci: {fp}</translation>
    </message>
    <message>
        <source>Save public key file…</source>
        <translation>Simpan file kunci publik…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>not started</source>
        <translation>belum dimulai</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>sedang dinilai</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>mengundurkan diri</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot use the merge store {url}: {error}</source>
        <translation>Tidak dapat memakai penyimpanan gabungan {url}: {error}</translation>
    </message>
    <message>
        <source>Cannot open the merge store {url}: {error}</source>
        <translation>Tidak dapat membuka penyimpanan gabungan {url}: {error}</translation>
    </message>
    <message>
        <source>The merge store failed: {error}</source>
        <translation>Penyimpanan gabungan gagal: {error}</translation>
    </message>
</context>
<context>
    <name>SubmissionListPanel</name>
    <message>
        <source>Search code, title, agency…</source>
        <translation>Cari kode, judul, instansi…</translation>
    </message>
    <message>
        <source>Search submissions</source>
        <translation>Cari proposal</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Saring menurut kelompok</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Semua kluster</translation>
    </message>
    <message>
        <source>Filter by cluster</source>
        <translation>Saring menurut kluster</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Saring menurut status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
</context>
<context>
    <name>SubmissionTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>{total}: the total so far; criteria not scored yet are still to come</source>
        <translation>{total}: nilai sementara; kriteria yang belum dinilai belum dihitung</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <source>there are no submissions below the header row</source>
        <translation>tidak ada proposal di bawah baris judul kolom</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>kode kosong</translation>
    </message>
    <message>
        <source>code {code} already appears in row {row}</source>
        <translation>kode {code} sudah ada di baris {row}</translation>
    </message>
    <message>
        <source>code {code} differs from {other} in row {row} only in upper and lower case; jurors&apos; files could not tell them apart: give them different codes</source>
        <translation>kode {code} hanya berbeda huruf besar dan kecilnya dari {other} di baris {row}; file di paket juri tidak dapat membedakannya: beri kode yang berbeda</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>judul kosong</translation>
    </message>
    <message>
        <source>the title is longer than {n} characters</source>
        <translation>judul lebih panjang dari {n} karakter</translation>
    </message>
    <message>
        <source>the agency is empty</source>
        <translation>instansi kosong</translation>
    </message>
    <message>
        <source>the text is longer than {n} characters</source>
        <translation>teksnya lebih panjang dari {n} karakter</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web link (only http:// and https:// links)</source>
        <translation>&apos;{url}&apos; bukan tautan web (hanya tautan http:// dan https://)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has {character} at position {position}; retype it</source>
        <translation>&apos;{value}&apos; memuat {character} pada posisi {position}; ketik ulang</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; differs from &apos;{other}&apos; in row {row} only in upper and lower case or in the width of its letters; a ranking per group or cluster would count them as two: write them the same</source>
        <translation>&apos;{value}&apos; berbeda dari &apos;{other}&apos; di baris {row} hanya dalam huruf besar dan kecil atau lebar hurufnya; peringkat per kelompok atau kluster akan menghitungnya sebagai dua: tulis keduanya sama</translation>
    </message>
    <message>
        <source>{name} is not a PDF file</source>
        <translation>{name} bukan file PDF</translation>
    </message>
    <message>
        <source>{name} is a PDF but its name does not end in .pdf, and a juror&apos;s computer opens a file by its ending: rename it to end in .pdf</source>
        <translation>{name} adalah PDF tetapi namanya tidak berakhiran .pdf, padahal komputer juri membuka berkas menurut akhirannya: ganti namanya agar berakhiran .pdf</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {why}</source>
        <translation>{name} tidak dapat dibuka: {why}</translation>
    </message>
    <message>
        <source>no proposal PDF is named</source>
        <translation>tidak ada PDF proposal yang disebutkan</translation>
    </message>
    <message>
        <source>the files folder {folder} does not exist</source>
        <translation>folder file {folder} tidak ada</translation>
    </message>
    <message>
        <source>column {column}: %n file name(s) were read as the file found: {names}</source>
        <translation>kolom {column}: %n nama file dibaca sebagai file yang ditemukan: {names}</translation>
    </message>
    <message>
        <source>row {row}: {name} → {file}</source>
        <translation>baris {row}: {name} → {file}</translation>
    </message>
    <message>
        <source>{name} is not a video file ({suffixes})</source>
        <translation>{name} bukan file video ({suffixes})</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <source>{file} has %n problem(s):</source>
        <translation>{file} memiliki %n masalah:</translation>
    </message>
    <message>
        <source>  … and %n more.</source>
        <translation>  … dan %n lainnya.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} kosong.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>Tidak dapat membaca {file}: {error}</translation>
    </message>
    <message>
        <source>{header} (or {others})</source>
        <translation>{header} (atau {others})</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;, has %n problem(s):</source>
        <translation>{file}, lembar &quot;{sheet}&quot;, memiliki %n masalah:</translation>
    </message>
    <message>
        <source>{letter} ({header})</source>
        <translation>{letter} ({header})</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>baris {row}, kolom {column}</translation>
    </message>
    <message>
        <source>{file} is a {kind} workbook, which Juri does not read: open it and save it as .xlsx (Excel Workbook) or as CSV UTF-8.</source>
        <translation>{file} adalah buku kerja {kind}, yang tidak dapat dibaca Juri: buka lalu simpan sebagai .xlsx (Excel Workbook) atau sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file}: only .xlsx and .csv spreadsheets can be read.</source>
        <translation>{file}: hanya spreadsheet .xlsx dan .csv yang dapat dibaca.</translation>
    </message>
    <message>
        <source>{file}: sheets {sheets} each have a header row with these columns and rows under it, but one sheet is read: put every row on one sheet, or hide the sheets that are not to be read.</source>
        <translation>{file}: lembar {sheets} masing-masing punya baris judul kolom dengan kolom-kolom ini dan baris data di bawahnya, padahal hanya satu lembar yang dibaca: pindahkan semua baris ke satu lembar, atau sembunyikan lembar yang tidak boleh dibaca.</translation>
    </message>
    <message>
        <source>{where}: none of the first {n} rows is a header row. Name the columns in one row: {columns}.</source>
        <translation>{where}: tidak satu pun dari {n} baris pertama adalah baris judul kolom. Tuliskan nama kolom dalam satu baris: {columns}.</translation>
    </message>
    <message>
        <source>{where}: the header row (row {row}) has no column {columns}.</source>
        <translation>{where}: baris judul kolom (baris {row}) tidak punya kolom {columns}.</translation>
    </message>
    <message>
        <source>Sheets looked at: {sheets}.</source>
        <translation>Lembar yang diperiksa: {sheets}.</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;</source>
        <translation>{file}, lembar &quot;{sheet}&quot;</translation>
    </message>
    <message>
        <source>row {row}: {value}</source>
        <translation>baris {row}: {value}</translation>
    </message>
    <message>
        <source>hidden rows were read: {rows}</source>
        <translation>baris tersembunyi ikut dibaca: {rows}</translation>
    </message>
    <message>
        <source>column {column}: %n number(s) in the format {format} were read without it: {cells}</source>
        <translation>kolom {column}: %n angka dengan format {format} dibaca tanpa format itu: {cells}</translation>
    </message>
    <message>
        <source>{where}: shows the link {shown} but leads to {target}; make the cell show the address it leads to</source>
        <translation>{where}: menampilkan tautan {shown} tetapi mengarah ke {target}; buat sel itu menampilkan alamat yang dituju</translation>
    </message>
    <message>
        <source>{where}: holds the formula {formula} without a saved result; type the value itself, or open the file in Excel or LibreOffice and save it again</source>
        <translation>{where}: berisi rumus {formula} tanpa hasil yang tersimpan; ketik nilainya langsung, atau buka file di Excel atau LibreOffice lalu simpan ulang</translation>
    </message>
    <message>
        <source>{where}: shows the error {error}</source>
        <translation>{where}: menampilkan galat {error}</translation>
    </message>
    <message>
        <source>the header is row {row}; the rows above it were not read</source>
        <translation>baris judul kolom ada di baris {row}; baris di atasnya tidak dibaca</translation>
    </message>
    <message>
        <source>read sheet &quot;{sheet}&quot; with its header in row {row}; other sheets were not read</source>
        <translation>yang dibaca lembar &quot;{sheet}&quot; dengan baris judul kolom di baris {row}; lembar lain tidak dibaca</translation>
    </message>
    <message>
        <source>read sheet &quot;{sheet}&quot; with its header in row {row}; other sheets and the rows above were not read</source>
        <translation>yang dibaca lembar &quot;{sheet}&quot; dengan baris judul kolom di baris {row}; lembar lain dan baris di atasnya tidak dibaca</translation>
    </message>
    <message>
        <source>column {column} is hidden but was read</source>
        <translation>kolom {column} tersembunyi tetapi ikut dibaca</translation>
    </message>
    <message>
        <source>column {other} was not read: column {column} was</source>
        <translation>kolom {other} tidak dibaca: yang dibaca kolom {column}</translation>
    </message>
    <message>
        <source>cells {range} are merged across the columns {columns}: unmerge them and give each cell its own value</source>
        <translation>sel {range} digabung melintasi kolom {columns}: pisahkan sel-selnya dan isi masing-masing dengan nilainya sendiri</translation>
    </message>
    <message>
        <source>cells {range} overlap another merged range</source>
        <translation>sel {range} tumpang tindih dengan rentang gabungan lain</translation>
    </message>
    <message>
        <source>column {column}: %n merged range(s) were read with their first cell&apos;s value on every row: {ranges}</source>
        <translation>kolom {column}: %n rentang sel gabungan dibaca dengan nilai sel pertamanya di setiap baris: {ranges}</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>dan %n lainnya</translation>
    </message>
    <message>
        <source>{file} has more than {n} rows.</source>
        <translation>{file} memiliki lebih dari {n} baris.</translation>
    </message>
    <message>
        <source>{file} is too large.</source>
        <translation>{file} terlalu besar.</translation>
    </message>
    <message>
        <source>{file}: the cell that starts in row {row} runs past {n} characters: most often a quote (&quot;) opened in it and never closed, which takes in every row after it</source>
        <translation>{file}: sel yang dimulai di baris {row} melebihi {n} karakter: biasanya karena tanda kutip (&quot;) dibuka di sel itu dan tidak pernah ditutup, sehingga semua baris sesudahnya ikut masuk</translation>
    </message>
    <message>
        <source>{file} says it is UTF-16 text but is damaged. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} mengaku teks UTF-16 tetapi rusak. Simpan ulang sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text except at {places}: fix the character there, or save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} adalah teks UTF-8 kecuali di {places}: perbaiki karakter di sana, atau simpan ulang file sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252 text (see {places}). Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} bukan teks UTF-8 maupun Windows-1252 (lihat {places}). Simpan ulang sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>not UTF-8: read as Windows-1252 (Excel&apos;s &quot;CSV&quot; on Windows); check its accented letters, or save it as &quot;CSV UTF-8&quot;</source>
        <translation>bukan UTF-8: dibaca sebagai Windows-1252 (&quot;CSV&quot; dari Excel di Windows); periksa huruf beraksennya, atau simpan sebagai &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>{file} is not a text CSV file (it contains binary data). Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} bukan file CSV teks (berisi data biner). Simpan ulang sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>row {row}, column {letter} (byte 0x{byte:02X})</source>
        <translation>baris {row}, kolom {letter} (bita 0x{byte:02X})</translation>
    </message>
    <message>
        <source>{file} is an old .xls workbook or a password-protected one: open it, remove any password, and save it as .xlsx (Excel Workbook).</source>
        <translation>{file} adalah buku kerja .xls lama atau buku kerja berkata sandi: buka, hapus kata sandinya, lalu simpan sebagai .xlsx (Excel Workbook).</translation>
    </message>
    <message>
        <source>{file} is not a readable XLSX workbook.</source>
        <translation>{file} bukan buku kerja XLSX yang dapat dibaca.</translation>
    </message>
    <message>
        <source>The workbook has no visible sheet.</source>
        <translation>Buku kerja tidak memiliki lembar kerja yang terlihat.</translation>
    </message>
</context>
<context>
    <name>ThirdJurorDialog</name>
    <message>
        <source>Assign a third juror to {code}</source>
        <translation>Tugaskan juri ketiga untuk {code}</translation>
    </message>
    <message>
        <source>Tick the jurors who should also score {code}. Juri writes an assignments file; the secretariat adds it to the package with juri package amend and sends the new version to the jurors. Results already given keep counting.</source>
        <translation>Centang juri yang juga menilai {code}. Aplikasi Juri menulis file penugasan; sekretariat menambahkannya ke paket dengan juri package amend dan mengirim versi baru kepada juri. Hasil yang sudah diberikan tetap dihitung.</translation>
    </message>
    <message>
        <source>&amp;Jurors not assigned to it (submissions they have):</source>
        <translation>&amp;Juri yang belum ditugaskan (jumlah proposal mereka):</translation>
    </message>
    <message>
        <source>Jurors who could score {code}</source>
        <translation>Juri yang dapat menilai {code}</translation>
    </message>
    <message>
        <source>{id} · {name} ({n} submissions)</source>
        <translation>{id} · {name} ({n} proposal)</translation>
    </message>
    <message>
        <source>Every juror of the roster is assigned to {code} already; a new juror needs a roster row too (juri package amend --roster).</source>
        <translation>Setiap juri dalam daftar sudah ditugaskan untuk {code}; juri baru juga memerlukan baris di daftar juri (juri package amend --roster).</translation>
    </message>
    <message>
        <source>&amp;Save assignments…</source>
        <translation>&amp;Simpan penugasan…</translation>
    </message>
</context>
<context>
    <name>TieBreakDialog</name>
    <message>
        <source>Tie-break order</source>
        <translation>Urutan penentu nilai sama</translation>
    </message>
    <message>
        <source>Equal scores are separated by the ticked items, from the top: a criterion by its mean score, higher first; the number of complete evaluations, more first. What none of them separates is a tie and shares a place. Space ticks; Ctrl+Up and Ctrl+Down move the selected item.</source>
        <translation>Nilai yang sama dipisahkan oleh butir yang dicentang, dari atas: kriteria menurut rata-rata nilainya, yang lebih tinggi lebih dulu; jumlah penilaian selesai, yang lebih banyak lebih dulu. Yang tidak terpisahkan oleh satu pun dari itu adalah seri dan berbagi peringkat. Spasi mencentang; Ctrl+Atas dan Ctrl+Bawah memindahkan butir yang dipilih.</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Urutan:</translation>
    </message>
    <message>
        <source>Tie-break order, from the top</source>
        <translation>Urutan penentu nilai sama, dari atas</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
    <message>
        <source>&amp;Heaviest criteria first</source>
        <translation>&amp;Bobot terbesar dahulu</translation>
    </message>
    <message>
        <source>The default: every weighted criterion, heaviest first, then the number of complete evaluations</source>
        <translation>Bawaan: setiap kriteria berbobot, yang terberat lebih dulu, lalu jumlah penilaian selesai</translation>
    </message>
    <message>
        <source>Number of complete evaluations</source>
        <translation>Jumlah penilaian selesai</translation>
    </message>
    <message>
        <source>{code} · {title} (weight {weight})</source>
        <translation>{code} · {title} (bobot {weight})</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>score of {criterion}</source>
        <translation>nilai {criterion}</translation>
    </message>
    <message>
        <source>overall comment</source>
        <translation>catatan umum</translation>
    </message>
    <message>
        <source>comment on {criterion}</source>
        <translation>catatan {criterion}</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>rekomendasi</translation>
    </message>
    <message>
        <source>video watched</source>
        <translation>tanda video ditonton</translation>
    </message>
    <message>
        <source>field notes</source>
        <translation>catatan lapangan</translation>
    </message>
    <message>
        <source>checklist item {item}</source>
        <translation>butir daftar periksa {item}</translation>
    </message>
    <message>
        <source>interview notes</source>
        <translation>catatan wawancara</translation>
    </message>
    <message>
        <source>attach {name}</source>
        <translation>lampirkan {name}</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>hapus {name}</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>konflik kepentingan</translation>
    </message>
    <message>
        <source>withdraw conflict of interest</source>
        <translation>pembatalan konflik kepentingan</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>valid</source>
        <translation>sah</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>rusak</translation>
    </message>
    <message>
        <source>for another package</source>
        <translation>untuk paket lain</translation>
    </message>
    <message>
        <source>juror not in roster</source>
        <translation>juri tidak ada di daftar juri</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>kunci tidak dikenal</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>tidak ditugaskan</translation>
    </message>
    <message>
        <source>made by a newer version of Juri (schema {schema}); update Juri</source>
        <translation>dibuat dengan versi Juri yang lebih baru (skema {schema}); perbarui Juri</translation>
    </message>
    <message>
        <source>not a readable Juri result file ({problem})</source>
        <translation>bukan file hasil Juri yang dapat dibaca ({problem})</translation>
    </message>
    <message>
        <source>bad signature: the file was changed after it was signed</source>
        <translation>tanda tangan tidak valid: file diubah setelah ditandatangani</translation>
    </message>
    <message>
        <source>signed, but not a valid result ({problem})</source>
        <translation>ditandatangani, tetapi bukan hasil yang valid ({problem})</translation>
    </message>
    <message>
        <source>for another package ({package}), not {expected}</source>
        <translation>untuk paket lain ({package}), bukan {expected}</translation>
    </message>
    <message>
        <source>juror {id} is not in the package&apos;s roster</source>
        <translation>juri {id} tidak ada dalam daftar juri paket</translation>
    </message>
    <message>
        <source>valid signature, unknown key {fingerprint}: the roster has key {expected} for juror {id}</source>
        <translation>tanda tangan valid, tetapi kunci {fingerprint} tidak dikenal: daftar juri mencantumkan kunci {expected} untuk juri {id}</translation>
    </message>
    <message>
        <source>the key is juror {owner}&apos;s in the roster, so it can never count for juror {id}</source>
        <translation>kunci ini milik juri {owner} dalam daftar juri, sehingga tidak pernah dapat berlaku untuk juri {id}</translation>
    </message>
    <message>
        <source>signed with juror {id}&apos;s key, but it names the juror {claimed} where the package&apos;s roster has {name}</source>
        <translation>ditandatangani dengan kunci juri {id}, tetapi menyebut juri {claimed} padahal daftar juri paket mencatat {name}</translation>
    </message>
    <message>
        <source>evaluates submission(s) not assigned to juror {id}: {codes}</source>
        <translation>menilai proposal yang tidak ditugaskan kepada juri {id}: {codes}</translation>
    </message>
    <message>
        <source>the evaluations of submission(s) assigned to juror {id} are missing: {codes}</source>
        <translation>penilaian proposal yang ditugaskan kepada juri {id} tidak ada: {codes}</translation>
    </message>
    <message>
        <source>the evaluations are not in the package&apos;s order of submissions</source>
        <translation>penilaian tidak berurutan sesuai urutan proposal dalam paket</translation>
    </message>
    <message>
        <source>{code}: the scores must list the criteria {expected} in the rubric&apos;s order, not {found}</source>
        <translation>{code}: nilai harus mencantumkan kriteria {expected} sesuai urutan rubrik, bukan {found}</translation>
    </message>
    <message>
        <source>{code}: checklist item {item} is not in the package&apos;s checklist</source>
        <translation>{code}: butir {item} tidak ada dalam daftar periksa paket</translation>
    </message>
    <message>
        <source>{code}: carries interview questions and notes, but the package&apos;s round ({kind}) is not an interview</source>
        <translation>{code}: membawa pertanyaan dan catatan wawancara, padahal tahap paket ini ({kind}) bukan wawancara</translation>
    </message>
    <message>
        <source>{code}: carries field evidence, but the package&apos;s round ({kind}) is not a field visit</source>
        <translation>{code}: membawa bukti lapangan, padahal tahap paket ini ({kind}) bukan verifikasi lapangan</translation>
    </message>
    <message>
        <source>juror {id}, version {sequence}: {complete} complete, {progress} in progress, {recused} recused, {blank} not started (of {assigned} assigned)</source>
        <translation>juri {id}, versi {sequence}: {complete} selesai, {progress} sedang dinilai, {recused} mengundurkan diri, {blank} belum dimulai (dari {assigned} yang ditugaskan)</translation>
    </message>
    <message>
        <source>WITHOUT AN INTEGRITY PACT: the juror did not accept the pact in Juri before this file was signed; ask the juror about it</source>
        <translation>TANPA PAKTA INTEGRITAS: juri tidak menerima pakta di Juri sebelum file ini ditandatangani; tanyakan kepada juri</translation>
    </message>
    <message>
        <source>{code}: the status says {declared}, the scores say {actual}</source>
        <translation>{code}: statusnya {declared}, tetapi menurut nilainya {actual}</translation>
    </message>
    <message>
        <source>made for another version of this package (manifest {sha}), which version {version} does not name as an earlier one: a newer version, or one the secretariat did not sign as an amendment; use the newest version of the package</source>
        <translation>dibuat untuk versi lain paket ini (manifest {sha}), yang tidak disebut versi {version} sebagai versi sebelumnya: versi lebih baru, atau versi yang tidak ditandatangani sekretariat sebagai perubahan; pakai versi terbaru paket</translation>
    </message>
    <message>
        <source>{code}: the total {declared} does not match the scores ({actual})</source>
        <translation>{code}: total {declared} tidak sesuai dengan nilainya ({actual})</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Open with the video player</source>
        <translation>Buka dengan pemutar video</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Putar</translation>
    </message>
    <message>
        <source>Play or pause the video</source>
        <translation>Putar atau jeda video</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Posisi dalam video</translation>
    </message>
    <message>
        <source>Preparing the video…</source>
        <translation>Menyiapkan video…</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Juri cannot play this video here. Open it with the video player of this computer.</source>
        <translation>Juri tidak dapat memutar video ini di sini. Buka dengan pemutar video di komputer ini.</translation>
    </message>
</context>
<context>
    <name>VideoTab</name>
    <message>
        <source>Video link</source>
        <translation>Tautan video</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Buka di peramban</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Salin tautan</translation>
    </message>
    <message>
        <source>QR code of the video link</source>
        <translation>Kode QR tautan video</translation>
    </message>
    <message>
        <source>Scan with a phone to watch the video there, e.g. when this laptop is offline.</source>
        <translation>Pindai dengan ponsel untuk menonton video di sana, mis. saat laptop ini tidak tersambung ke internet.</translation>
    </message>
    <message>
        <source>I have watched the video</source>
        <translation>Saya sudah menonton video ini</translation>
    </message>
    <message>
        <source>Video carried in the package</source>
        <translation>Video yang disertakan dalam paket</translation>
    </message>
    <message>
        <source>This submission has no video link.</source>
        <translation>Proposal ini tidak memiliki tautan video.</translation>
    </message>
</context>
<context>
    <name>ViewMenus</name>
    <message>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the workspace folder {folder}: {error}</source>
        <translation>Tidak dapat membuat folder ruang kerja {folder}: {error}</translation>
    </message>
    <message>
        <source>The workspace folder {folder} cannot be written (a read-only or write-protected disk?). Juri saves every change at once, so it needs a folder it can write to.</source>
        <translation>Folder ruang kerja {folder} tidak dapat ditulisi (disk hanya-baca atau dilindungi tulis?). Juri menyimpan setiap perubahan seketika, jadi Juri memerlukan folder yang dapat ditulisi.</translation>
    </message>
    <message>
        <source> (process {pid} on {host})</source>
        <translation> (proses {pid} di {host})</translation>
    </message>
    <message>
        <source>Juri is already open on this workspace{detail}. Close the other window first; two copies of Juri must not write to one workspace.</source>
        <translation>Juri sudah terbuka pada ruang kerja ini{detail}. Tutup jendela yang lain terlebih dahulu; dua salinan Juri tidak boleh menulis ke ruang kerja yang sama.</translation>
    </message>
    <message>
        <source>The workspace database {path} is damaged ({problem}), and Juri could not put its newest backup in its place ({error}). Nothing was changed. {advice}</source>
        <translation>Basis data ruang kerja {path} rusak ({problem}), dan Juri tidak dapat memasang cadangan terbarunya sebagai gantinya ({error}). Tidak ada yang diubah. {advice}</translation>
    </message>
    <message>
        <source>The workspace database {path} is damaged ({problem}) and there is no good backup of it. Nothing was changed. Copy the folder {folder} and give it to the secretariat.</source>
        <translation>Basis data ruang kerja {path} rusak ({problem}) dan tidak ada cadangan yang baik. Tidak ada yang diubah. Salin folder {folder} dan serahkan kepada sekretariat.</translation>
    </message>
    <message>
        <source>The workspace database was damaged ({problem}). Juri set it aside as {damaged} and restored the backup made at {time}. Changes saved after that time are missing: please check your latest scores.</source>
        <translation>Basis data ruang kerja rusak ({problem}). Juri menyisihkannya sebagai {damaged} dan memulihkan cadangan yang dibuat pada {time}. Perubahan yang disimpan setelah waktu itu hilang: periksalah nilai-nilai terakhir Anda.</translation>
    </message>
    <message>
        <source>The disk holding your workspace is nearly full ({free} MB free), so Juri made no backup of it this time, to leave room for your work. Free some disk space.</source>
        <translation>Disk tempat ruang kerja Anda hampir penuh (tersisa {free} MB), sehingga kali ini Juri tidak membuat cadangan agar tetap ada ruang untuk pekerjaan Anda. Kosongkan sebagian ruang disk.</translation>
    </message>
    <message>
        <source>Juri could not back up the workspace before updating it ({error}), so it did not update it. {advice}</source>
        <translation>Juri tidak dapat mencadangkan ruang kerja sebelum memperbaruinya ({error}), sehingga ruang kerja tidak diperbarui. {advice}</translation>
    </message>
    <message>
        <source>The folder {folder} has become read-only (a write-protected or failing disk?): copy the workspace folder to a disk you can write to, and open it from there.</source>
        <translation>Folder {folder} menjadi hanya-baca (disk dilindungi tulis atau rusak?): salin folder ruang kerja ke disk yang dapat ditulisi, lalu buka dari sana.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Kosongkan sebagian ruang disk lalu coba lagi.</translation>
    </message>
    <message>
        <source>Juri could not save this change: the workspace folder {folder} has become read-only (a write-protected or failing disk?). Your earlier changes are safe. Copy the workspace folder to a disk you can write to, and open it from there.</source>
        <translation>Juri tidak dapat menyimpan perubahan ini: folder ruang kerja {folder} menjadi hanya-baca (disk dilindungi tulis atau rusak?). Perubahan Anda sebelumnya aman. Salin folder ruang kerja ke disk yang dapat ditulisi, lalu buka dari sana.</translation>
    </message>
    <message>
        <source>Juri could not save this change: the disk is full. Your earlier changes are safe. Free some disk space and enter the change again.</source>
        <translation>Juri tidak dapat menyimpan perubahan ini: disk penuh. Perubahan Anda sebelumnya aman. Kosongkan sebagian ruang disk lalu masukkan perubahan itu lagi.</translation>
    </message>
    <message>
        <source>Juri could not save this change: the disk reported an error. Your earlier changes are safe. Save your work elsewhere and have the laptop checked.</source>
        <translation>Juri tidak dapat menyimpan perubahan ini: disk melaporkan kesalahan. Perubahan Anda sebelumnya aman. Simpan pekerjaan Anda di tempat lain dan periksakan laptop Anda.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>penggunaan: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>tampilkan nomor versi program lalu keluar</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: kesalahan: %(message)s
</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak valid: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>memerlukan satu argumen</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>memerlukan paling sedikit satu argumen</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh digunakan bersama argumen %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsi ambigu: %(option)s dapat cocok dengan %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak valid: %(value)r</translation>
    </message>
</context>
</TS>
