<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
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
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>read the passphrase from this file instead of asking (or set JURI_PASSPHRASE)</source>
        <translation>baca kata sandi dari file ini alih-alih menanyakannya (atau atur JURI_PASSPHRASE)</translation>
    </message>
    <message>
        <source>make a ready demo competition</source>
        <translation>buat kompetisi demo siap pakai</translation>
    </message>
    <message>
        <source>Make a complete KIPP-like demo in FOLDER: the secretariat&apos;s key, four jurors with workspaces and keys, sixteen proposals, the 2023 rubric and a signed package. With --simulate every juror also scores and exports a signed result file.</source>
        <translation>Buat demo lengkap ala KIPP di FOLDER: kunci sekretariat, empat juri beserta ruang kerja dan kuncinya, enam belas proposal, rubrik 2023, dan paket yang ditandatangani. Dengan --simulate, setiap juri juga memberi nilai dan mengekspor file hasil yang ditandatangani.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>let the four jurors score and export signed results</source>
        <translation>biarkan keempat juri memberi nilai dan mengekspor hasil yang ditandatangani</translation>
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
        <source>spreadsheet with columns code, title, agency, group, cluster, category, video_url, proposal (and optionally video_file)</source>
        <translation>spreadsheet dengan kolom code, title, agency, group, cluster, category, video_url, proposal (dan, bila ada, video_file)</translation>
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
        <translation>daftar juri: kolom id, name, public_key (base64, atau nama file kunci publik)</translation>
    </message>
    <message>
        <source>pairs juror_id, submission (default: every juror scores every submission)</source>
        <translation>penugasan: pasangan juror_id, submission (bawaan: setiap juri menilai setiap proposal)</translation>
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
        <source>PKG</source>
        <translation>PAKET</translation>
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
        <source>{n} submissions, {files} files, {mb} MB; {jurors} jurors.</source>
        <translation>{n} proposal, {files} file, {mb} MB; {jurors} juri.</translation>
    </message>
    <message>
        <source>Signed by {name}, key fingerprint {fp}</source>
        <translation>Ditandatangani oleh {name}, sidik kunci {fp}</translation>
    </message>
    <message>
        <source>The package is signed by key {actual}, not by {expected}.</source>
        <translation>Paket ditandatangani dengan kunci {actual}, bukan {expected}.</translation>
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
        <source>Submissions: {n} ({mb} MB of files), groups: {groups}; clusters: {clusters}</source>
        <translation>Proposal: {n} ({mb} MB file), kelompok: {groups}; kluster: {clusters}</translation>
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
    <message numerus="yes">
        <source>Note: %n evaluation(s) are not finished yet; export again when they are.</source>
        <translation>
            <numerusform>Perhatian: %n penilaian belum selesai; ekspor ulang setelah semuanya selesai.</numerusform>
        </translation>
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
        <translation>USULAN</translation>
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
        <source>your recommendation</source>
        <translation>rekomendasi Anda</translation>
    </message>
    <message>
        <source>whether you watched the video</source>
        <translation>apakah Anda sudah menonton video</translation>
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
        <source>confirm a field-visit checklist item</source>
        <translation>konfirmasi butir daftar periksa kunjungan lapangan</translation>
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
        <source>Write yes or no, not &apos;{value}&apos;.</source>
        <translation>Tulis ya atau tidak, bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{done} of {n} done.</source>
        <translation>{done} dari {n} selesai.</translation>
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
        <source>a score</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos; bukan angka.</translation>
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
        <source>Nothing to set: give CRITERION=SCORE or an option.</source>
        <translation>Tidak ada yang diisi: berikan KRITERIA=NILAI atau salah satu opsi.</translation>
    </message>
    <message>
        <source>Saved. {code}: {status}, weighted total {total}.</source>
        <translation>Tersimpan. {code}: {status}, nilai akhir tertimbang {total}.</translation>
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
        <source>Package {id}: {title} — {done} of {n} done</source>
        <translation>Paket {id}: {title} — {done} dari {n} selesai</translation>
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
        <source>{path} is a folder; give the name of the PDF file to write.</source>
        <translation>{path} adalah folder; berikan nama file PDF yang akan ditulis.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Folder {path} tidak ada.</translation>
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
</context>
<context>
    <name>Export</name>
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
        <source>The result file could not be written to {path}: {error}. Any earlier file there is unchanged.</source>
        <translation>File hasil tidak dapat ditulis ke {path}: {error}. File sebelumnya di lokasi itu tidak berubah.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
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
        <source>&apos;{value}&apos; may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>&apos;{value}&apos; hanya boleh berisi huruf, angka, &apos;.&apos;, &apos;_&apos;, dan &apos;-&apos; (paling banyak 64 karakter)</translation>
    </message>
    <message>
        <source>must be a whole number of at least {n}</source>
        <translation>harus berupa bilangan bulat paling sedikit {n}</translation>
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
        <source>must be one of desk, interview, field (not &apos;{value}&apos;)</source>
        <translation>harus salah satu dari desk, interview, field (bukan &apos;{value}&apos;)</translation>
    </message>
    <message>
        <source>must lie in 0–100</source>
        <translation>harus berada dalam rentang 0–100</translation>
    </message>
    <message>
        <source>code {code} is used twice</source>
        <translation>kode {code} digunakan dua kali</translation>
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
</context>
<context>
    <name>Keys</name>
    <message>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>Kata sandi harus terdiri atas paling sedikit {n} karakter.</translation>
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
        <source>Wrong passphrase for the key {fingerprint}.</source>
        <translation>Kata sandi untuk kunci {fingerprint} salah.</translation>
    </message>
    <message>
        <source>the private and public halves do not match</source>
        <translation>bagian privat dan publik kunci tidak cocok</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>this is not a Juri package manifest</source>
        <translation>ini bukan manifest paket Juri</translation>
    </message>
    <message>
        <source>unknown schema version</source>
        <translation>versi skema tidak dikenal</translation>
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
        <source>code {code} is listed twice</source>
        <translation>kode {code} tercantum dua kali</translation>
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
        <source>unknown file role</source>
        <translation>peran file tidak dikenal</translation>
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
        <source>juror {id} is not in the roster</source>
        <translation>juri {id} tidak ada dalam daftar juri</translation>
    </message>
    <message>
        <source>names unknown or repeated submissions</source>
        <translation>menyebut proposal yang tidak dikenal atau berulang</translation>
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
        <source>The package contains an unsafe path: {name}</source>
        <translation>Paket berisi lokasi yang tidak aman: {name}</translation>
    </message>
    <message>
        <source>The package contains a link ({name}); packages hold files only.</source>
        <translation>Paket berisi tautan ({name}); paket hanya boleh berisi file.</translation>
    </message>
    <message>
        <source>The package contains an encrypted entry ({name}).</source>
        <translation>Paket berisi entri terenkripsi ({name}).</translation>
    </message>
    <message>
        <source>The package contains {name} twice.</source>
        <translation>Paket berisi {name} dua kali.</translation>
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
        <source>The package&apos;s manifest names no valid secretariat key.</source>
        <translation>Manifest paket tidak mencantumkan kunci sekretariat yang valid.</translation>
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
        <source>The file {path} has {actual} bytes, but the manifest says {expected}.</source>
        <translation>File {path} berukuran {actual} byte, tetapi menurut manifest {expected}.</translation>
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
</context>
<context>
    <name>Packages</name>
    <message>
        <source>No package is open in this workspace yet; open one first (juri workspace import PKG, or File → Open in the app).</source>
        <translation>Belum ada paket yang terbuka di ruang kerja ini; buka paket terlebih dahulu (juri workspace import PAKET, atau Berkas → Buka di aplikasi).</translation>
    </message>
    <message numerus="yes">
        <source>Say which package with --package: this workspace has %n package(s).</source>
        <translation>
            <numerusform>Sebutkan paketnya dengan --package: ruang kerja ini memiliki %n paket.</numerusform>
        </translation>
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
        <source>A different package with the same id ({id}) is already in your workspace; the secretariat must give a new package a new id.</source>
        <translation>Paket lain dengan ID yang sama ({id}) sudah ada di ruang kerja Anda; sekretariat harus memberi paket baru ID yang baru.</translation>
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
        <source>Disagreements between jurors</source>
        <translation>Perbedaan penilaian antarjuri</translation>
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
    <message numerus="yes">
        <source>On {date}, at {place}, the panel of {competition} completed the {round} round. It recapitulated the scores of %n submission(s) from the jurors&apos; signed result files ({accepted} accepted after verification), as set out below.</source>
        <translation>
            <numerusform>Pada {date}, bertempat di {place}, tim panel {competition} telah menyelesaikan tahap {round}. Tim panel merekapitulasi nilai %n proposal dari file hasil para juri yang ditandatangani ({accepted} diterima setelah diverifikasi), dengan rincian sebagai berikut.</numerusform>
        </translation>
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
        <source>{accepted} accepted, {refused} refused</source>
        <translation>{accepted} diterima, {refused} ditolak</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
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
        <source>passes</source>
        <translation>lulus</translation>
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
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
        </translation>
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
        <source>{flag} marks submissions whose jurors disagree beyond the threshold; see the disagreements below.</source>
        <translation>{flag} menandai proposal yang nilai para jurinya berselisih melebihi ambang; lihat perbedaan penilaian di bawah.</translation>
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
        <source>Accepted: signed by the juror&apos;s key in the package&apos;s roster, for this package, the newest version of each juror.</source>
        <translation>Diterima: ditandatangani dengan kunci juri yang terdaftar dalam paket, untuk paket ini, versi terbaru dari setiap juri.</translation>
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
        <source>File and juror</source>
        <translation>File dan juri</translation>
    </message>
    <message>
        <source>Status and reason</source>
        <translation>Status dan alasan</translation>
    </message>
    <message>
        <source>No result file was accepted.</source>
        <translation>Tidak ada file hasil yang diterima.</translation>
    </message>
    <message>
        <source>Refused or set aside, with the reason:</source>
        <translation>Ditolak atau dikesampingkan, beserta alasannya:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
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
    <message>
        <source>chair</source>
        <translation>ketua</translation>
    </message>
    <message>
        <source>member</source>
        <translation>anggota</translation>
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
    <name>Reports</name>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Halaman {number} dari {total}</translation>
    </message>
    <message>
        <source>Package {package} · printed {when}</source>
        <translation>Paket {package} · dicetak {when}</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>this is not a Juri result file</source>
        <translation>ini bukan file hasil Juri</translation>
    </message>
    <message>
        <source>unknown schema version</source>
        <translation>versi skema tidak dikenal</translation>
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
        <source>unknown status</source>
        <translation>status tidak dikenal</translation>
    </message>
    <message>
        <source>unknown value</source>
        <translation>isian tidak dikenal</translation>
    </message>
    <message>
        <source>criterion {code} appears twice</source>
        <translation>kriteria {code} muncul dua kali</translation>
    </message>
    <message>
        <source>must be text or null</source>
        <translation>harus berupa teks atau null</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>&apos;{id}&apos; is not a juror id (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>&apos;{id}&apos; bukan ID juri (huruf, angka, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>juror {id} already appears in row {row}</source>
        <translation>juri {id} sudah ada di baris {row}</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>nama kosong</translation>
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
        <source>&apos;{text}&apos; is neither a base64 public key nor a public key file next to the roster</source>
        <translation>&apos;{text}&apos; bukan kunci publik base64 dan bukan file kunci publik di folder daftar juri</translation>
    </message>
    <message>
        <source>juror {id} is not in the roster</source>
        <translation>juri {id} tidak ada dalam daftar juri</translation>
    </message>
    <message>
        <source>submission {code} is not in the submissions sheet</source>
        <translation>proposal {code} tidak ada dalam spreadsheet proposal</translation>
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
        <source>The rubric file {path} is not valid: {problem}</source>
        <translation>File rubrik {path} tidak valid: {problem}</translation>
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
        <source>names unknown round(s): {names}</source>
        <translation>mencantumkan tahap yang tidak dikenal: {names}</translation>
    </message>
    <message>
        <source>has several rounds; choose one of: {ids}</source>
        <translation>berisi beberapa tahap; pilih salah satu: {ids}</translation>
    </message>
    <message>
        <source>has no round &apos;{id}&apos; (it has: {ids})</source>
        <translation>tidak memiliki tahap &apos;{id}&apos; (yang ada: {ids})</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>The field-visit checklist has no item {item}.</source>
        <translation>Daftar periksa kunjungan lapangan tidak memiliki butir {item}.</translation>
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
        <source>&apos;{code}&apos; may use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>&apos;{code}&apos; hanya boleh berisi huruf, angka, &apos;.&apos;, &apos;_&apos;, dan &apos;-&apos; (paling banyak 64 karakter)</translation>
    </message>
    <message>
        <source>code {code} already appears in row {row}</source>
        <translation>kode {code} sudah ada di baris {row}</translation>
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
        <source>&apos;{url}&apos; is not a web link (only http:// and https:// links)</source>
        <translation>&apos;{url}&apos; bukan tautan web (hanya tautan http:// dan https://)</translation>
    </message>
    <message>
        <source>{name} is not a PDF file</source>
        <translation>{name} bukan file PDF</translation>
    </message>
    <message>
        <source>no proposal PDF is named</source>
        <translation>tidak ada PDF proposal yang disebutkan</translation>
    </message>
    <message>
        <source>{name} is not a video file ({suffixes})</source>
        <translation>{name} bukan file video ({suffixes})</translation>
    </message>
    <message>
        <source>{name} is outside the files folder</source>
        <translation>{name} berada di luar folder file</translation>
    </message>
    <message>
        <source>{name} is not in the files folder {folder}</source>
        <translation>{name} tidak ada di folder file {folder}</translation>
    </message>
    <message>
        <source>{name} is larger than {mb} MB</source>
        <translation>{name} lebih besar dari {mb} MB</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <source>row {row}, column {letter} ({column})</source>
        <translation>baris {row}, kolom {letter} ({column})</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n problem(s):</source>
        <translation>
            <numerusform>{file} memiliki %n masalah:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … dan %n lainnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} has no column {columns} (the header row is row {row}).</source>
        <translation>{file} tidak memiliki kolom {columns} (baris judul kolom adalah baris {row}).</translation>
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
        <source>{file}: only .xlsx and .csv spreadsheets can be read.</source>
        <translation>{file}: hanya spreadsheet .xlsx dan .csv yang dapat dibaca.</translation>
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
        <source>{file} is not a text CSV file (it contains binary data).</source>
        <translation>{file} bukan file CSV teks (berisi data biner).</translation>
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
        <source>evaluates submission(s) not assigned to juror {id}: {codes}</source>
        <translation>menilai proposal yang tidak ditugaskan kepada juri {id}: {codes}</translation>
    </message>
    <message>
        <source>{code}: a recused evaluation carries scores</source>
        <translation>{code}: penilaian berstatus mengundurkan diri tetapi memuat nilai</translation>
    </message>
    <message>
        <source>{code}: the status says {declared}, the scores say {actual}</source>
        <translation>{code}: statusnya {declared}, tetapi menurut nilainya {actual}</translation>
    </message>
    <message>
        <source>{code}: the total {declared} does not match the scores ({actual})</source>
        <translation>{code}: total {declared} tidak sesuai dengan nilainya ({actual})</translation>
    </message>
    <message>
        <source>juror {id}, version {sequence}: {complete} complete, {progress} in progress, {recused} recused, {blank} not started, {missing} missing (of {assigned} assigned)</source>
        <translation>juri {id}, versi {sequence}: {complete} selesai, {progress} sedang dinilai, {recused} mengundurkan diri, {blank} belum dimulai, {missing} tidak ada (dari {assigned} yang ditugaskan)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the workspace folder {folder}: {error}</source>
        <translation>Tidak dapat membuat folder ruang kerja {folder}: {error}</translation>
    </message>
    <message>
        <source> (process {pid} on {host})</source>
        <translation> (proses {pid} di {host})</translation>
    </message>
    <message>
        <source>Juri is already open on this workspace{detail}. Close the other window first; two copies of Juri must not write to one workspace.</source>
        <translation>Juri sudah terbuka pada ruang kerja ini{detail}. Tutup jendela yang lain terlebih dahulu; dua salinan Juri tidak boleh menulis ke ruang kerja yang sama.</translation>
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
